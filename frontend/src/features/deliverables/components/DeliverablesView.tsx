import { canPlanDeliverables, KNOWLEDGE_BASE_DEPARTMENT, RECRUITING_DEPARTMENT } from '../../../lib/permissions'
import { KnowledgeBaseArticles } from './KnowledgeBaseArticles'
import { RecruitmentRoles } from './RecruitmentRoles'

/** The departments' deliverables readiness counts: Customer Care's knowledge base and HR's recruiting. */
export function DeliverablesView({
  launchId,
  viewer,
}: {
  launchId: number
  viewer: { is_office: boolean; departments: { slug: string }[] }
}) {
  return (
    <div className="deliverables-view">
      <h2>Deliverables</h2>
      <KnowledgeBaseArticles launchId={launchId} canPlan={canPlanDeliverables(viewer, KNOWLEDGE_BASE_DEPARTMENT)} />
      <RecruitmentRoles launchId={launchId} canPlan={canPlanDeliverables(viewer, RECRUITING_DEPARTMENT)} />
    </div>
  )
}
