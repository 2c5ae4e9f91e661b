package cn.enforceflow.documents;

import java.time.Instant;

/**
 * An evidence file of a case (附件): a photo, a scan, a rectification proof.
 *
 * @param id its id
 * @param caseKey the case it belongs to
 * @param taskId the step (user task) it was uploaded for, or null for the case as a whole
 * @param filename its name, made safe (no path, no control or reserved characters)
 * @param contentType the type read from its bytes, e.g. {@code image/jpeg}
 * @param size its length in bytes
 * @param sha256 SHA-256 of its bytes, lower-case hex
 * @param state draft or submitted
 * @param uploadedBy the uploader's username
 * @param uploadedByName the uploader's name as shown
 * @param uploadedAt when, whole seconds
 * @param submittedAt when it was submitted, or null
 * @param deletable whether the person the attachment was listed for may delete it now
 */
public record Attachment(String id, String caseKey, String taskId, String filename, String contentType, long size,
		String sha256, AttachmentState state, String uploadedBy, String uploadedByName, Instant uploadedAt,
		Instant submittedAt, boolean deletable) {

	/** Whether a browser may show it in place (pictures and PDF) rather than save it. */
	public boolean viewable() {
		return this.contentType.startsWith("image/") || this.contentType.equals("application/pdf");
	}

}
