package cn.enforceflow.documents;

import java.util.Collection;
import java.util.List;

import cn.enforceflow.identity.UserProfile;

/**
 * 附件 — the evidence files of a case. Anyone who takes part in a case may upload; anyone
 * who may see it may list and download. An attachment is a DRAFT until the step it
 * belongs to is submitted; until then its uploader may delete it, afterwards nobody can.
 * <p>
 * An upload is checked whole before anything is stored: the number of files, each file's
 * size, and its type as read from its bytes (pictures including HEIC, PDF, Word, Excel,
 * PowerPoint; macros and executables never), whatever its name says.
 */
public interface Attachments {

	/**
	 * Stores the files for the case (and optionally one of its open steps), all or none,
	 * appending {@code ATTACHMENT_UPLOADED} for each.
	 * @param taskId an open user task of the case, or null
	 * @throws cn.enforceflow.inbox.CaseNotFoundException when the person may not see the
	 * case
	 * @throws FileAccessRefusedException when they may see it but take no part in it
	 * @throws AttachmentRefusedException when a file or the upload breaks a rule; nothing
	 * is stored then
	 */
	List<Attachment> upload(UserProfile user, String businessKey, String taskId, List<Upload> files);

	/**
	 * The attachments of a case, oldest first, each saying whether this person may delete
	 * it.
	 */
	List<Attachment> ofCase(UserProfile user, String businessKey);

	AttachmentContent content(UserProfile user, String attachmentId);

	/**
	 * Deletes a draft attachment of the person's own, appending
	 * {@code ATTACHMENT_DELETED}.
	 * @throws FileAccessRefusedException for someone else's or a submitted attachment
	 */
	void delete(UserProfile user, String attachmentId);

	/**
	 * Submits the given draft attachments of a case, for a workflow whose step's form was
	 * completed, in the caller's transaction; appends {@code ATTACHMENT_SUBMITTED}. Ids
	 * already submitted are left as they are; an id of another case is an error.
	 * @return the attachments submitted now
	 */
	List<Attachment> submit(String actor, String businessKey, Collection<String> attachmentIds);

	/**
	 * Submits every draft attachment uploaded for a step (user task) of the case, in the
	 * caller's transaction; call it when the step's form is completed.
	 * @return the attachments submitted now
	 */
	List<Attachment> submitStep(String actor, String businessKey, String taskId);

	/** Whether the person may upload to the case: whether they take part in it. */
	boolean mayUpload(UserProfile user, String businessKey);

	AttachmentLimits limits();

}
