// antd's theme, adjusted so that text keeps at least 4.5:1 contrast (WCAG AA): antd's default
// blue, red, green and grey texts are lighter than that.
import type { ThemeConfig } from "antd";

const reducedMotion =
  typeof window !== "undefined" && window.matchMedia("(prefers-reduced-motion: reduce)").matches;

export const theme: ThemeConfig = {
  token: {
    // People who ask their system for less motion get none.
    motion: !reducedMotion,
    colorPrimary: "#0958d9",
    colorLink: "#0958d9",
    // Hover and pressed states darken instead of lighten, so text on them keeps its contrast.
    colorPrimaryHover: "#003eb3",
    colorPrimaryActive: "#002c8c",
    colorLinkHover: "#003eb3",
    colorLinkActive: "#002c8c",
    colorErrorHover: "#a8071a",
    colorErrorActive: "#820014",
    colorError: "#c41d1f",
    colorSuccess: "#237804",
    colorWarning: "#ad4e00",
    colorInfo: "#0958d9",
    colorTextSecondary: "rgba(0, 0, 0, 0.68)",
    colorTextTertiary: "rgba(0, 0, 0, 0.64)",
    colorTextDescription: "rgba(0, 0, 0, 0.64)",
    colorTextPlaceholder: "rgba(0, 0, 0, 0.56)",
    borderRadius: 6,
    fontSize: 15,
  },
  components: {
    Layout: {
      headerBg: "#8c1c13",
      headerHeight: 56,
      headerPadding: "0 16px",
      bodyBg: "#f5f6f8",
      siderBg: "#ffffff",
    },
    Menu: { itemSelectedColor: "#0a3d91", itemSelectedBg: "#e6f0ff" },
  },
};
