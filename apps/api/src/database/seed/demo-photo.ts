import { loadSharp } from '../../common/heavy-modules';

/**
 * A generated "activity photo": a desk, a camera stand and a banner drawn as shapes — no people, no faces, no
 * text anyone could read — so the demo never ships a real photograph. Drawn at 720×480: every test app seeds twenty of
 * them through the photo store's re-encoding, and the size of a phone's reduced upload is enough to show them.
 */
export async function demoActivityPhoto(seed: number): Promise<Buffer> {
  const hue = (seed * 47) % 360;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="720" height="480" viewBox="0 0 960 640">
    <rect width="960" height="640" fill="hsl(${hue},30%,88%)"/>
    <rect y="420" width="960" height="220" fill="hsl(${hue},20%,70%)"/>
    <rect x="120" y="330" width="420" height="120" rx="8" fill="#8d6e63"/>
    <rect x="150" y="300" width="120" height="40" fill="#eceff1"/>
    <rect x="660" y="180" width="16" height="260" fill="#455a64"/>
    <rect x="620" y="150" width="96" height="60" rx="6" fill="#263238"/>
    <rect x="90" y="70" width="520" height="80" rx="10" fill="hsl(${(hue + 180) % 360},45%,55%)"/>
  </svg>`;
  const sharp = await loadSharp();
  return sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer();
}
