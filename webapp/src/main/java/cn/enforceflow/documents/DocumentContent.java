package cn.enforceflow.documents;

/**
 * The PDF of one version of a document.
 *
 * @param documentId the document
 * @param number its number
 * @param version the version
 * @param filename a file name for the download, e.g. 整改建议书-淮应急整改〔2026〕12号.pdf
 * @param sha256 the hash it was stored with, checked when read
 * @param pdf the bytes
 */
public record DocumentContent(String documentId, String number, int version, String filename, String sha256,
		byte[] pdf) {

}
