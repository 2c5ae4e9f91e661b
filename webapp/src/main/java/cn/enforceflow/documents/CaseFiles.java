package cn.enforceflow.documents;

import java.util.HashMap;
import java.util.Map;

import cn.enforceflow.identity.UserProfile;
import org.springframework.stereotype.Component;

/**
 * A case's documents and evidence as its pages show them (the macros of
 * {@code documents/parts.ftlh}): the documents issued, the files uploaded, and whether
 * this person may add some, here on the task or the progress page.
 */
@Component
public class CaseFiles {

	private final Documents documents;

	private final Attachments attachments;

	CaseFiles(Documents documents, Attachments attachments) {
		this.documents = documents;
		this.attachments = attachments;
	}

	/**
	 * @param taskId the task uploads belong to, or null on the progress page
	 * @param returnTo the page an upload or a deletion comes back to
	 */
	public Map<String, Object> of(UserProfile user, String trackingNumber, String taskId, String returnTo) {
		Map<String, Object> model = new HashMap<>();
		model.put("caseKey", trackingNumber);
		model.put("documents", this.documents.ofCase(user, trackingNumber));
		model.put("attachments", this.attachments.ofCase(user, trackingNumber));
		model.put("mayUpload", this.attachments.mayUpload(user, trackingNumber));
		model.put("limits", this.attachments.limits());
		model.put("returnTo", returnTo);
		model.put("taskId", (taskId != null) ? taskId : "");
		return model;
	}

}
