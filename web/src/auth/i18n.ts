// Texts of signing in and of changing one's password.
// Vietnamese is the source; en must have exactly its keys (TypeScript checks it). i18n/index.tsx
// merges every feature's dictionary. Placeholders: {name} is replaced by t(key, { name }).
export const vi = {
  // ---- sign-in
  "login.title": "Đăng nhập",
  "login.username": "Tên đăng nhập",
  "login.password": "Mật khẩu",
  "login.submit": "Đăng nhập",
  "login.totp.title": "Xác thực hai lớp",
  "login.totp.help": "Mở ứng dụng xác thực trên điện thoại và nhập mã 6 chữ số của tài khoản Thực Thi.",
  "login.totp.code": "Mã xác thực (6 chữ số)",
  "login.totp.codeInvalid": "Mã xác thực gồm đúng 6 chữ số.",
  "login.totp.submit": "Xác nhận",
  "login.enrol.title": "Bật xác thực hai lớp",
  "login.enrol.required": "Tài khoản quản trị phải bật xác thực hai lớp trước khi làm việc.",
  "login.enrol.step1":
    "Dùng ứng dụng xác thực (Google Authenticator, Microsoft Authenticator, FreeOTP…) quét mã QR dưới đây.",
  "login.enrol.qrAlt": "Mã QR để thêm tài khoản Thực Thi vào ứng dụng xác thực",
  "login.enrol.secret": "Không quét được? Nhập khóa này vào ứng dụng:",
  "login.enrol.step2": "Nhập mã 6 chữ số ứng dụng hiển thị để xác nhận.",
  "login.enrol.done": "Đã bật xác thực hai lớp. Từ lần đăng nhập sau, bạn cần nhập mã từ ứng dụng.",
  "login.otherAccount": "Đăng nhập bằng tài khoản khác",

  // ---- change password
  "password.title": "Đổi mật khẩu",
  "password.current": "Mật khẩu hiện tại",
  "password.next": "Mật khẩu mới",
  "password.nextHelp": "Ít nhất 10 ký tự.",
  "password.confirm": "Nhập lại mật khẩu mới",
  "password.tooShort": "Mật khẩu mới phải có ít nhất 10 ký tự.",
  "password.mismatch": "Hai lần nhập mật khẩu mới không khớp.",
  "password.done": "Đã đổi mật khẩu. Các phiên đăng nhập khác của bạn đã bị đăng xuất.",
  // ---- no unit left (a reorganisation ended it)
  "unitNotice.title": "Tài khoản của bạn chưa có đơn vị công tác",
};

export const en: Record<keyof typeof vi, string> = {
  // ---- sign-in
  "login.title": "Sign in",
  "login.username": "Username",
  "login.password": "Password",
  "login.submit": "Sign in",
  "login.totp.title": "Two-factor authentication",
  "login.totp.help": "Open the authenticator app on your phone and enter the 6-digit code for Thực Thi.",
  "login.totp.code": "Authentication code (6 digits)",
  "login.totp.codeInvalid": "The code has exactly 6 digits.",
  "login.totp.submit": "Confirm",
  "login.enrol.title": "Turn on two-factor authentication",
  "login.enrol.required": "Administrator accounts must turn on two-factor authentication before working.",
  "login.enrol.step1":
    "Scan the QR code below with an authenticator app (Google Authenticator, Microsoft Authenticator, FreeOTP…).",
  "login.enrol.qrAlt": "QR code that adds the Thực Thi account to an authenticator app",
  "login.enrol.secret": "Cannot scan? Enter this key in the app:",
  "login.enrol.step2": "Enter the 6-digit code the app shows to confirm.",
  "login.enrol.done":
    "Two-factor authentication is on. From your next sign-in you will need a code from the app.",
  "login.otherAccount": "Sign in with another account",

  // ---- change password
  "password.title": "Change password",
  "password.current": "Current password",
  "password.next": "New password",
  "password.nextHelp": "At least 10 characters.",
  "password.confirm": "Repeat the new password",
  "password.tooShort": "The new password must have at least 10 characters.",
  "password.mismatch": "The two new passwords differ.",
  "password.done": "Password changed. Your other sessions have been signed out.",
  "unitNotice.title": "Your account has no unit",
};
