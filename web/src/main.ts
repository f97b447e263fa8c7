import { createApp } from 'vue'
import { createPinia } from 'pinia'
import ElementPlus, { ElMessage } from 'element-plus'
import 'element-plus/dist/index.css'
import './styles.css'
import App from './App.vue'
import { configureHttp, fetchCsrf } from './api/http'
import { currentLanguage, i18n, setLanguage } from './i18n'
import { router } from './router'
import { useSession } from './modules/identity/session'

const app = createApp(App)
const pinia = createPinia()
app.use(pinia).use(i18n).use(ElementPlus).use(router)

setLanguage(currentLanguage())

configureHttp({
  language: currentLanguage,
  notify: (message) => {
    ElMessage({ type: 'error', message, grouping: true, showClose: true })
  },
  networkError: () => i18n.global.t('http.networkError'),
  onUnauthorized: () => {
    useSession(pinia).clear()
    const current = router.currentRoute.value
    if (current.name !== 'login') {
      void router.push({ name: 'login', query: current.fullPath !== '/' ? { redirect: current.fullPath } : {} })
    }
  },
})

void fetchCsrf()
app.mount('#app')
