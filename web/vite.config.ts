/// <reference types="vitest/config" />
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'

// The Maven build passes JINGXI_WEB_OUT=<build.dir>/classes/static so the bundle lands in the jar;
// a plain `npm run build` writes to dist/.
const outDir = process.env.JINGXI_WEB_OUT || 'dist'
// `npm run dev` proxies the API to a backend started with ./mvnw spring-boot:run.
const backend = process.env.JINGXI_BACKEND || 'http://127.0.0.1:8080'

export default defineConfig({
  plugins: [vue()],
  resolve: {
    alias: { '@': new URL('./src', import.meta.url).pathname },
  },
  server: {
    proxy: {
      '/api': { target: backend, changeOrigin: false },
    },
  },
  build: {
    outDir,
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      output: {
        manualChunks(id) {
          if (id.includes('node_modules/element-plus') || id.includes('node_modules/@element-plus')) return 'element-plus'
          if (id.includes('node_modules/echarts') || id.includes('node_modules/zrender')) return 'echarts'
          if (id.includes('node_modules/')) return 'vendor'
          return undefined
        },
      },
    },
  },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.spec.ts'],
    restoreMocks: true,
    css: false,
    server: { deps: { inline: ['element-plus'] } },
    environmentOptions: { happyDOM: { url: 'http://localhost:8080/' } },
  },
})
