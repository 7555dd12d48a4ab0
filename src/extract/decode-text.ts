/**
 * Bytes → string for HTML and plain text. Swedish sites still serve
 * windows-1252/ISO-8859-1, and headers often disagree with the bytes, so the
 * decoder trusts the BOM, then a declared charset that the bytes do not
 * contradict, then UTF-8, and falls back to windows-1252.
 */

export interface DecodedText {
  text: string;
  /** WHATWG encoding name actually used. */
  encoding: string;
  warnings: string[];
}

/** The charset parameter of a Content-Type value, if any. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const match = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType);
  return match?.[1]?.toLowerCase() ?? null;
}

/** The charset a document declares in its first bytes via <meta charset> or http-equiv. */
export function charsetFromMeta(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 4096)).toString('latin1');
  const meta = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  if (meta?.[1]) return meta[1].toLowerCase();
  const xml = /^\s*<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  return xml?.[1]?.toLowerCase() ?? null;
}

function bomEncoding(bytes: Uint8Array): { encoding: string; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  return null;
}

function decoderFor(label: string, fatal: boolean): TextDecoder | null {
  try {
    return new TextDecoder(label, { fatal });
  } catch {
    return null; // unknown label
  }
}

/**
 * Decodes text bytes. `declared` is the charset from headers or markup, in
 * order of trust; the first label the platform knows is used unless it is
 * UTF-8 and the bytes are not valid UTF-8 (then windows-1252, with a warning).
 */
export function decodeText(bytes: Uint8Array, declared: Array<string | null>): DecodedText {
  const warnings: string[] = [];
  const bom = bomEncoding(bytes);
  if (bom) {
    const decoder = decoderFor(bom.encoding, false)!;
    return { text: decoder.decode(bytes.subarray(bom.skip)), encoding: bom.encoding, warnings };
  }
  for (const label of declared) {
    if (!label) continue;
    const loose = decoderFor(label, false);
    if (!loose) {
      warnings.push(`unknown charset "${label}" ignored`);
      continue;
    }
    if (loose.encoding === 'utf-8') {
      const strict = decoderFor('utf-8', true)!;
      try {
        return { text: strict.decode(bytes), encoding: 'utf-8', warnings };
      } catch {
        warnings.push('declared UTF-8 but bytes are not valid UTF-8; decoded as windows-1252');
        return { text: decoderFor('windows-1252', false)!.decode(bytes), encoding: 'windows-1252', warnings };
      }
    }
    return { text: loose.decode(bytes), encoding: loose.encoding, warnings };
  }
  try {
    return { text: decoderFor('utf-8', true)!.decode(bytes), encoding: 'utf-8', warnings };
  } catch {
    return { text: decoderFor('windows-1252', false)!.decode(bytes), encoding: 'windows-1252', warnings };
  }
}
