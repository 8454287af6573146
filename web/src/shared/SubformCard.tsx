// One entry of a repeatable part of a form (a membership of a new official, a successor of a split
// body): a small card titled with the entry's number and, while entries may be removed, a remove button.
import { DeleteOutlined } from "@ant-design/icons";
import { Button, Card } from "antd";
import type { ReactNode } from "react";

export function SubformCard({
  heading,
  title,
  removeLabel,
  onRemove,
  children,
}: {
  /** The heading's level, one below the form's own heading. */
  heading: "h3" | "h4";
  title: string;
  removeLabel: string;
  /** Absent when the entry may not be removed (the minimum number of entries is reached). */
  onRemove?: () => void;
  children: ReactNode;
}) {
  const Heading = heading;
  return (
    <Card
      size="small"
      className="tt-subform"
      title={<Heading className="tt-h3 tt-card-h3">{title}</Heading>}
      extra={
        onRemove ? (
          <Button
            type="text"
            danger
            icon={<DeleteOutlined aria-hidden />}
            aria-label={removeLabel}
            onClick={onRemove}
          />
        ) : null
      }
    >
      {children}
    </Card>
  );
}
