// Grassroots democracy (Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15): the law's rules as data and
// the pure checks over them. Disclosure (dân biết, Điều 11–13) for now.
export * from "./disclosure-check.ts";
export * from "./disclosure-law.ts";
