import { readonly, ref } from 'vue'

/** Phones and narrow windows: the sidebar becomes a drawer, dialogs take the full width. */
export const MOBILE_QUERY = '(max-width: 768px)'

const isMobile = ref(false)
let watching = false

function watchMedia(): void {
  if (watching || typeof window === 'undefined' || !window.matchMedia) return
  watching = true
  const media = window.matchMedia(MOBILE_QUERY)
  isMobile.value = media.matches
  media.addEventListener('change', (event) => {
    isMobile.value = event.matches
  })
}

export function useIsMobile() {
  watchMedia()
  return readonly(isMobile)
}
