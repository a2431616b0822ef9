/** Open Graph's recommended card size; Facebook, Zalo and X crop nothing at 1.91:1. */
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;
export const SHARE_IMAGE_SIZE_ATTRIBUTES = { width: String(SHARE_IMAGE_SIZE.width), height: String(SHARE_IMAGE_SIZE.height) } as const;
