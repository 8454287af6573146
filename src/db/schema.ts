// Every table of the application, for Drizzle (queries with relations) and drizzle-kit (migrations).
// Each module owns its tables in src/modules/<feature>/schema.ts; this file only gathers them.
export { auditEvents } from "../modules/audit/schema.ts";
export { sessions } from "../modules/auth/schema.ts";
export {
  coverageLinks,
  directiveGroups,
  directiveLinks,
  directiveReporting,
  directives,
  directiveTasks,
  unitMappings,
} from "../modules/directives/schema.ts";
export { storedFiles } from "../modules/files/schema.ts";
export { holidaySchedules } from "../modules/holiday-schedules/schema.ts";
export { jobs } from "../modules/jobs/schema.ts";
export { notificationDeliveries, notificationReads, notifications } from "../modules/notifications/schema.ts";
export { orgChangeLinks, orgChanges, orgNames, orgs } from "../modules/orgs/schema.ts";
export { memberships, users } from "../modules/people/schema.ts";
export { appSettings } from "../modules/settings/schema.ts";
export {
  assignmentFiles,
  assignmentReminders,
  assignmentSupporters,
  assignments,
  assignmentUpdates,
} from "../modules/tasks/schema.ts";
