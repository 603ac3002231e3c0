const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function base64Bytes(base64: string): Uint8Array<ArrayBuffer> {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

/**
 * Hands a file from the API to the browser as a download: an `.xlsx` name means base64
 * content, any other name CSV text (which already starts with a BOM, so Excel reads UTF-8).
 */
export function saveFile(content: string, name: string): void {
  const blob = name.endsWith('.xlsx')
    ? new Blob([base64Bytes(content)], { type: XLSX_TYPE })
    : new Blob([content], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 0);
}
