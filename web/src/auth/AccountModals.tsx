// The user menu's dialogs: change password, turn on two-factor authentication.
import { Form, Input, Modal } from "antd";
import { useT } from "../i18n/index.tsx";
import { ErrorAlert } from "../shared/ErrorAlert.tsx";
import { requiredRule, useSubmit } from "../shared/forms.ts";
import { useToast } from "../shared/toast.tsx";
import { useAuth } from "./AuthContext.tsx";
import { authApi } from "./api.ts";
import { TotpEnrolment } from "./TotpEnrolment.tsx";

export function ChangePasswordModal({ open, onClose }: { open: boolean; onClose(): void }) {
  const t = useT();
  const message = useToast();
  const submit = useSubmit();
  const [form] = Form.useForm<{ current: string; next: string; repeat: string }>();
  const close = () => {
    form.resetFields();
    submit.setError(null);
    onClose();
  };
  return (
    <Modal
      open={open}
      title={t("password.title")}
      okText={t("common.save")}
      cancelText={t("common.cancel")}
      confirmLoading={submit.submitting}
      onCancel={close}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <ErrorAlert error={submit.error} />
      <Form
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={async ({ current, next }) => {
          const ok = await submit.run(() => authApi.changePassword(current, next), form);
          if (ok) {
            message.success(t("password.done"));
            close();
          }
        }}
      >
        <Form.Item
          name="current"
          label={t("password.current")}
          rules={[requiredRule(t, t("password.current"))]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          name="next"
          label={t("password.next")}
          extra={t("password.nextHelp")}
          rules={[{ required: true, min: 10, message: t("password.tooShort") }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="repeat"
          label={t("password.confirm")}
          dependencies={["next"]}
          rules={[
            { required: true, message: t("password.mismatch") },
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                !value || getFieldValue("next") === value
                  ? Promise.resolve()
                  : Promise.reject(new Error(t("password.mismatch"))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function EnableTotpModal({ open, onClose }: { open: boolean; onClose(): void }) {
  const t = useT();
  const message = useToast();
  const { setMe } = useAuth();
  return (
    <Modal open={open} title={t("login.enrol.title")} footer={null} onCancel={onClose} destroyOnHidden>
      <TotpEnrolment
        onDone={(me) => {
          setMe(me);
          message.success(t("login.enrol.done"));
          onClose();
        }}
      />
    </Modal>
  );
}
