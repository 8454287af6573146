// Texts of the shared components: common words, errors shown without a server message, roles.
// Vietnamese is the source; en must have exactly its keys (TypeScript checks it). i18n/index.tsx
// merges every feature's dictionary. Placeholders: {name} is replaced by t(key, { name }).
export const vi = {
  // ---- common words
  "common.save": "Lưu",
  "common.cancel": "Hủy",
  "common.close": "Đóng",
  "common.confirm": "Xác nhận",
  "common.back": "Quay lại",
  "common.yes": "Có",
  "common.no": "Không",
  "common.search": "Tìm kiếm",
  "common.none": "Không có",
  "common.optional": "(không bắt buộc)",
  "common.loadMore": "Xem thêm",
  "common.details": "Chi tiết",
  "common.actions": "Thao tác",
  "common.reload": "Tải lại",
  "common.saved": "Đã lưu.",
  "common.required": "Hãy nhập {field}.",
  "common.choose": "Hãy chọn {field}.",
  "common.dateFormatHint": "ngày/tháng/năm",
  "common.noData": "Không có dữ liệu",

  // ---- errors shown without a server message
  "error.network": "Không kết nối được máy chủ. Hãy kiểm tra mạng rồi thử lại.",
  "error.unknown": "Có lỗi xảy ra. Hãy thử lại.",
  "error.fields": "Hãy sửa các ô được đánh dấu.",

  // ---- roles
  "role.admin": "Quản trị hệ thống",
  "role.leader": "Lãnh đạo",
  "role.coordinator": "Đầu mối tổng hợp",
  "role.specialist": "Chuyên viên",
  "role.reception_officer": "Cán bộ tiếp công dân",
  "role.complaint_handler": "Cán bộ xử lý đơn",
};

export const en: Record<keyof typeof vi, string> = {
  // ---- common words
  "common.save": "Save",
  "common.cancel": "Cancel",
  "common.close": "Close",
  "common.confirm": "Confirm",
  "common.back": "Back",
  "common.yes": "Yes",
  "common.no": "No",
  "common.search": "Search",
  "common.none": "None",
  "common.optional": "(optional)",
  "common.loadMore": "Show more",
  "common.details": "Details",
  "common.actions": "Actions",
  "common.reload": "Reload",
  "common.saved": "Saved.",
  "common.required": "Enter {field}.",
  "common.choose": "Choose {field}.",
  "common.dateFormatHint": "day/month/year",
  "common.noData": "No data",

  // ---- errors shown without a server message
  "error.network": "Cannot reach the server. Check the network and try again.",
  "error.unknown": "Something went wrong. Try again.",
  "error.fields": "Correct the marked fields.",

  // ---- roles
  "role.admin": "System administrator",
  "role.leader": "Leader",
  "role.coordinator": "Coordinator",
  "role.specialist": "Specialist",
  "role.reception_officer": "Citizen reception officer",
  "role.complaint_handler": "Complaint handler",
};
