// The shell's texts: its frame, the menu, the pages of modules still being built, the home page.
// Vietnamese is the source; en must have exactly its keys (TypeScript checks it). i18n/index.tsx
// merges every feature's dictionary. Placeholders: {name} is replaced by t(key, { name }).
export const vi = {
  // ---- shell
  "app.name": "Thực Thi",
  "app.tagline": "Theo dõi, đôn đốc thực hiện văn bản chỉ đạo",
  "app.skipToContent": "Bỏ qua, đến nội dung chính",
  "app.demoMode": "Chế độ trình diễn",
  "app.loading": "Đang tải…",
  "app.actingOrg": "Đơn vị đang làm việc",
  "app.actingOrgChanged": "Đã chuyển sang làm việc tại {org}.",
  "app.userMenu": "Tài khoản của {name}",
  "app.changePassword": "Đổi mật khẩu",
  "app.enableTotp": "Bật xác thực hai lớp",
  "app.totpOn": "Đã bật xác thực hai lớp",
  "app.signOut": "Đăng xuất",
  "app.notFound.title": "Không có trang này",
  "app.notFound.body": "Địa chỉ bạn mở không tồn tại hoặc đã được chuyển đi.",
  "app.backHome": "Về trang chủ",
  "app.routeError.title": "Trang gặp lỗi",
  "app.routeError.body": "Trang không hiển thị được. Hãy tải lại trang; nếu lỗi còn, báo quản trị hệ thống.",
  "app.reload": "Tải lại trang",
  "lang.other": "English",
  "lang.otherCode": "en",
  "lang.label": "Chuyển giao diện sang tiếng Anh",

  // ---- navigation
  "nav.label": "Danh mục chức năng",
  "nav.open": "Mở danh mục chức năng",
  "nav.home": "Trang chủ",
  "nav.directives": "Văn bản chỉ đạo",
  "nav.tasks": "Nhiệm vụ",
  "nav.reports": "Báo cáo",
  "nav.feedback": "Phản ánh – kiến nghị",
  "nav.reception": "Tiếp công dân",
  "nav.grassroots": "Dân chủ cơ sở",
  "nav.stats": "Thống kê",
  "nav.admin": "Quản trị",
  "nav.orgs": "Cơ cấu tổ chức",
  "nav.people": "Cán bộ và vai trò",
  "nav.audit": "Nhật ký thay đổi",

  // ---- placeholder pages of modules still being built
  "building.title": "Chức năng đang được xây dựng",
  "building.body":
    "Phân hệ “{module}” đang được nhóm phát triển hoàn thiện, chưa dùng được trong phiên bản này. Khi hoàn thành, phân hệ sẽ xuất hiện tại đây mà không cần cài đặt lại.",
  "building.available": "Các phân hệ đã dùng được:",

  // ---- home
  "home.greeting": "Xin chào, {name}",
  "home.roles": "Vai trò của bạn",
  "home.modules": "Các phân hệ",
  "home.soon": "Đang xây dựng",
};

export const en: Record<keyof typeof vi, string> = {
  // ---- shell
  "app.name": "Thực Thi",
  "app.tagline": "Following up the implementation of directives",
  "app.skipToContent": "Skip to main content",
  "app.demoMode": "Demo mode",
  "app.loading": "Loading…",
  "app.actingOrg": "Working for",
  "app.actingOrgChanged": "You now work for {org}.",
  "app.userMenu": "Account of {name}",
  "app.changePassword": "Change password",
  "app.enableTotp": "Turn on two-factor authentication",
  "app.totpOn": "Two-factor authentication is on",
  "app.signOut": "Sign out",
  "app.notFound.title": "Page not found",
  "app.notFound.body": "The address you opened does not exist or has moved.",
  "app.backHome": "Back to the home page",
  "app.routeError.title": "This page failed",
  "app.routeError.body":
    "The page could not be shown. Reload it; if the error stays, tell your administrator.",
  "app.reload": "Reload the page",
  "lang.other": "Tiếng Việt",
  "lang.otherCode": "vi",
  "lang.label": "Switch the interface to Vietnamese",

  // ---- navigation
  "nav.label": "Modules",
  "nav.open": "Open the module menu",
  "nav.home": "Home",
  "nav.directives": "Directives",
  "nav.tasks": "Tasks",
  "nav.reports": "Reports",
  "nav.feedback": "Feedback and petitions",
  "nav.reception": "Citizen reception",
  "nav.grassroots": "Grassroots democracy",
  "nav.stats": "Statistics",
  "nav.admin": "Administration",
  "nav.orgs": "Organisation structure",
  "nav.people": "Officials and roles",
  "nav.audit": "Change log",

  // ---- placeholder pages of modules still being built
  "building.title": "This function is being built",
  "building.body":
    "The “{module}” module is still being built by the development team and cannot be used in this version. When it is finished it will appear here without reinstalling.",
  "building.available": "Modules you can use now:",

  // ---- home
  "home.greeting": "Hello, {name}",
  "home.roles": "Your roles",
  "home.modules": "Modules",
  "home.soon": "Being built",
};
