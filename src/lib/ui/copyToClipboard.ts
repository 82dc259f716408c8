/**
 * Copies text to the clipboard. Where the page may not use the clipboard (an iframe, an old
 * browser), selects the field that shows the text so the reader can copy it by hand. Returns what
 * to tell the reader.
 */
export async function copyToClipboard(
	text: string,
	field: HTMLInputElement | HTMLTextAreaElement | undefined,
	what: string
): Promise<string> {
	try {
		await navigator.clipboard.writeText(text);
		return `${what[0].toUpperCase()}${what.slice(1)} copied`;
	} catch {
		field?.select();
		return `Press Ctrl+C (or ⌘C) to copy the selected ${what}`;
	}
}
