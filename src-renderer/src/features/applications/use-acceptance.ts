import { ElMessage } from 'element-plus'
import { nextTick, shallowRef, useTemplateRef } from 'vue'
import { useI18n } from 'vue-i18n'
import type { ServiceApplicationView } from './application-types'

/**
 * The acceptance a services page shows in its AcceptedPanel (template ref `acceptedPanel`):
 * announced, the page's lists read afresh so the new application and the closed services show,
 * then the panel focused.
 */
export function useAcceptance(reload: () => Promise<void>) {
  const { t } = useI18n()
  const accepted = shallowRef<ServiceApplicationView | null>(null)
  const panel = useTemplateRef<{ focus(): void }>('acceptedPanel')

  async function show(application: ServiceApplicationView): Promise<void> {
    accepted.value = application
    ElMessage.success(t('applications.accepted.done', { number: application.number }))
    await reload()
    await nextTick()
    panel.value?.focus()
  }

  return { accepted, show }
}
