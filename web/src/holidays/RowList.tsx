// One repeatable group of the schedule form (days off, make-up working days, references): a heading,
// a row of fields per entry with its remove button, and the button that adds a blank entry.
import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Form } from "antd";
import type { ReactNode } from "react";

export function RowList({
  name,
  heading,
  blank,
  addLabel,
  removeLabel,
  children,
}: {
  name: string;
  heading: string;
  /** The values of a new entry. */
  blank: Record<string, unknown>;
  addLabel: string;
  removeLabel(n: number): string;
  /** The fields of one entry: `field` is the entry's name in the list, `n` its number from 1. */
  children(field: number, n: number): ReactNode;
}) {
  return (
    <>
      <h3 className="tt-h3">{heading}</h3>
      <Form.List name={name}>
        {(fields, { add, remove }) => (
          <>
            {fields.map((f, i) => (
              <div key={f.key} className="tt-filters">
                {children(f.name, i + 1)}
                <Button
                  icon={<DeleteOutlined aria-hidden />}
                  onClick={() => remove(f.name)}
                  aria-label={removeLabel(i + 1)}
                />
              </div>
            ))}
            <Button icon={<PlusOutlined aria-hidden />} onClick={() => add(blank)}>
              {addLabel}
            </Button>
          </>
        )}
      </Form.List>
    </>
  );
}
