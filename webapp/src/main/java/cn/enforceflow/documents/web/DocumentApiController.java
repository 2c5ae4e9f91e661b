package cn.enforceflow.documents.web;

import java.util.List;

import cn.enforceflow.documents.DocumentSummary;
import cn.enforceflow.documents.Documents;
import cn.enforceflow.documents.Receipt;
import cn.enforceflow.identity.UserProfile;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 文书: a case's documents, their PDFs, and the addressee's receipt.
 */
@RestController
@Tag(name = "documents", description = "执法文书：列表、PDF 下载与电子送达签收")
class DocumentApiController {

	private final Documents documents;

	DocumentApiController(Documents documents) {
		this.documents = documents;
	}

	@GetMapping("/api/cases/{businessKey}/documents")
	@Operation(summary = "案件的文书（每份为最新版本，含文号、SHA-256 与签收情况）；无权查看案件时为 404")
	List<DocumentSummary> ofCase(UserProfile user, @PathVariable String businessKey) {
		return this.documents.ofCase(user, businessKey);
	}

	@GetMapping("/api/documents")
	@Operation(summary = "送达给本企业（或本机关负责人、纪检监察人员所在机关）的文书，最新在前")
	List<DocumentSummary> addressedToMe(UserProfile user) {
		return this.documents.addressedTo(user);
	}

	@GetMapping("/api/documents/{id}")
	@Operation(summary = "文书 PDF（默认最新版本，version 指定历史版本）；响应头 X-Content-SHA256 为存证哈希")
	ResponseEntity<byte[]> pdf(UserProfile user, @PathVariable String id,
			@RequestParam(required = false) Integer version) {
		return Downloads
			.pdf((version != null) ? this.documents.content(user, id, version) : this.documents.content(user, id));
	}

	@PostMapping("/api/documents/{id}/receipt")
	@Operation(summary = "受送达人确认签收最新版本（重复签收返回首次签收记录）；非受送达人为 403")
	Receipt confirmReceipt(UserProfile user, @PathVariable String id) {
		return this.documents.confirmReceipt(user, id);
	}

}
