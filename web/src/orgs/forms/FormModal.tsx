// A dialog holding one form: OK submits it, the API error shows at the top, fields get their
// messages, and the dialog closes only when the action succeeded.
import { Form, type FormInstance, Modal } from "antd";
import type { ReactNode } from "react";
import { useT } from "../../i18n/index.tsx";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import type { Submitter } from "../../shared/forms.ts";
import type { Org } from "../../shared/orgs/types.ts";

/** What every reorganisation dialog gets: the body it changes, and where to go after. */
export interface ChangeModalProps {
  org: Org;
  onCancel(): void;
  onDone(org: Org): void;
}

export interface FormModalProps<V> {
  title: ReactNode;
  form: FormInstance<V>;
  submit: Submitter;
  okText?: string;
  danger?: boolean;
  initialValues?: Partial<V>;
  onCancel(): void;
  onFinish(values: V): void | Promise<void>;
  children: ReactNode;
  width?: number;
}

export function FormModal<V extends object>(props: FormModalProps<V>) {
  const t = useT();
  return (
    <Modal
      open
      title={props.title}
      okText={props.okText ?? t("common.save")}
      cancelText={t("common.cancel")}
      okButtonProps={{ danger: props.danger }}
      confirmLoading={props.submit.submitting}
      onCancel={props.onCancel}
      onOk={() => props.form.submit()}
      width={props.width ?? 600}
      destroyOnHidden
      maskClosable={false}
    >
      <ErrorAlert error={props.submit.error} />
      <Form
        form={props.form}
        layout="vertical"
        initialValues={props.initialValues}
        onFinish={props.onFinish}
        scrollToFirstError
      >
        {props.children}
      </Form>
    </Modal>
  );
}
