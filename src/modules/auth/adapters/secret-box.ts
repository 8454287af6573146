// Encrypts small secrets at rest (TOTP seeds) with AES-256-GCM under the instance key, so a copy of
// the database alone does not give away second factors.
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { AppError } from "../../../core/errors.ts";

/**
 * A secret sealed under another key: the server runs with a key that is not the one the data was made
 * with (a restore without the backup's key). Said plainly, so the administrator knows what to fix.
 */
export const wrongKey = () =>
  new AppError(
    "INTERNAL",
    "Máy chủ không mở được mã xác thực hai bước đã lưu: khóa bí mật đang dùng (secret.key hoặc THUCTHI_SECRET_KEY) " +
      "không phải khóa đã tạo dữ liệu. Quản trị hệ thống hãy cài lại đúng khóa (thucthi restore với mật khẩu sao lưu).",
  );

export interface SecretBox {
  seal(plain: string): string;
  open(sealed: string): string;
}

export function createSecretBox(key: Buffer): SecretBox {
  if (key.length !== 32) throw new Error("The instance key must be 32 bytes");
  return {
    seal(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv("aes-256-gcm", key, iv);
      const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
      return [
        "v1",
        iv.toString("base64url"),
        cipher.getAuthTag().toString("base64url"),
        body.toString("base64url"),
      ].join(".");
    },
    open(sealed) {
      const [version, iv, tag, body] = sealed.split(".");
      if (version !== "v1" || !iv || !tag || !body) throw new Error("Unknown sealed secret format");
      const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
      decipher.setAuthTag(Buffer.from(tag, "base64url"));
      try {
        return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString(
          "utf8",
        );
      } catch {
        throw wrongKey();
      }
    },
  };
}
