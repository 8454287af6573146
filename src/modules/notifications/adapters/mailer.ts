// The e-mail channel behind a small interface, wired once at start (src/server/jobs.ts): SMTP through
// nodemailer when SMTP_URL is set; without it there is no mailer and e-mails are recorded as not sent.
import nodemailer from "nodemailer";

export interface MailMessage {
  to: string[];
  subject: string;
  text: string;
  html?: string;
}

export interface Mailer {
  send(message: MailMessage): Promise<{ messageId: string }>;
}

export function smtpMailer(url: string, from: string): Mailer {
  const transport = nodemailer.createTransport(url);
  return {
    async send(m) {
      const info = await transport.sendMail({
        from,
        to: m.to,
        subject: m.subject,
        text: m.text,
        html: m.html,
      });
      return { messageId: info.messageId };
    },
  };
}

const mailers = new Map<string, Mailer>();

/** The mailer of a configuration (one SMTP transport per URL and sender), or null without SMTP_URL. */
export function mailerFor(config: { smtpUrl: string | undefined; mailFrom: string }): Mailer | null {
  if (!config.smtpUrl) return null;
  const key = `${config.smtpUrl}\n${config.mailFrom}`;
  let mailer = mailers.get(key);
  if (!mailer) {
    mailer = smtpMailer(config.smtpUrl, config.mailFrom);
    mailers.set(key, mailer);
  }
  return mailer;
}
