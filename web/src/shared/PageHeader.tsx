// The top of every page: its one <h1>, an optional introduction, and the page's main actions.
import { Space, Typography } from "antd";
import type { ReactNode } from "react";

export function PageHeader({
  title,
  intro,
  actions,
}: {
  title: ReactNode;
  intro?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <div className="tt-page-header">
      <div className="tt-page-heading">
        <Typography.Title level={1} className="tt-h1">
          {title}
        </Typography.Title>
        {actions ? (
          <Space wrap className="tt-page-actions">
            {actions}
          </Space>
        ) : null}
      </div>
      {intro ? <Typography.Paragraph className="tt-intro">{intro}</Typography.Paragraph> : null}
    </div>
  );
}
