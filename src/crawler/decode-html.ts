/**
 * Bytes → HTML text, honouring the charset from Content-Type or <meta>:
 * older municipal pages are still served as ISO-8859-1 / windows-1252,
 * and reading them as UTF-8 would garble åäö in anchors and scoring.
 */

export function decodeHtml(body: Uint8Array, contentType: string | null): string {
  const fromHeader = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '')?.[1];
  const head = new TextDecoder('latin1').decode(body.subarray(0, 2048));
  const fromMeta = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1];
  for (const label of [fromHeader, fromMeta, 'utf-8']) {
    if (!label) continue;
    try {
      return new TextDecoder(label).decode(body);
    } catch {
      // Unknown label: try the next source.
    }
  }
  return new TextDecoder().decode(body);
}
