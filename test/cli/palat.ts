/** Splits text or bytes after each line feed, keeping it: one line per piece read (nodeIo's readChunks gives any). */
export function splitLines(content: string | Uint8Array): (string | Uint8Array)[] {
  if (typeof content === 'string') return content.split(/(?<=\n)/).filter((p) => p !== '')
  const parts: Uint8Array[] = []
  let start = 0
  for (let i = 0; i < content.length; i++) {
    if (i === content.length - 1 || content[i] === 10) {
      parts.push(content.subarray(start, i + 1))
      start = i + 1
    }
  }
  return parts
}
