package cn.enforceflow.documents.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import cn.enforceflow.audit.AuditRecord;
import cn.enforceflow.audit.AuditTrail;
import cn.enforceflow.documents.Document;
import cn.enforceflow.documents.DocumentBody;
import cn.enforceflow.documents.DocumentContent;
import cn.enforceflow.documents.DocumentNotFoundException;
import cn.enforceflow.documents.DocumentNumber;
import cn.enforceflow.documents.DocumentReceived;
import cn.enforceflow.documents.DocumentServed;
import cn.enforceflow.documents.DocumentSummary;
import cn.enforceflow.documents.DocumentType;
import cn.enforceflow.documents.Documents;
import cn.enforceflow.documents.FileAccessRefusedException;
import cn.enforceflow.documents.IssueRequest;
import cn.enforceflow.documents.Receipt;
import cn.enforceflow.documents.StoredFileDamagedException;
import cn.enforceflow.identity.Role;
import cn.enforceflow.identity.UserProfile;
import cn.enforceflow.identity.Users;
import cn.enforceflow.inbox.CaseAccess;
import cn.enforceflow.inbox.CaseNotFoundException;
import cn.enforceflow.integrations.storage.ObjectNotFoundException;
import cn.enforceflow.organization.CreditCode;
import cn.enforceflow.organization.Department;
import cn.enforceflow.organization.DepartmentCode;
import cn.enforceflow.organization.Enterprise;
import cn.enforceflow.organization.Organizations;
import cn.enforceflow.platform.BusinessRuleException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues, lists, serves and receives documents. Rows of {@code document} and
 * {@code document_version} are only ever inserted; a receipt is a row of its own.
 */
@Service
@Transactional(readOnly = true)
class DocumentService implements Documents {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	static final String ISSUED = "DOCUMENT_ISSUED";

	static final String RECEIVED = "DOCUMENT_RECEIVED";

	static final String SUBJECT = "DOCUMENT";

	/** The roles that receive what is addressed to their organ. */
	private static final Set<Role> RECEIVING_ROLES = EnumSet.of(Role.DEPT_HEAD, Role.BUREAU_HEAD,
			Role.DISCIPLINE_INSPECTOR);

	/** Types whose documents carry 内部资料 注意保密: they concern clues about staff. */
	private static final Set<DocumentType> CONFIDENTIAL = EnumSet.of(DocumentType.REFERRAL_LETTER,
			DocumentType.CLUE_MATERIALS_LIST);

	private static final Logger log = LoggerFactory.getLogger(DocumentService.class);

	private static final String SUMMARY = "select d.id, d.case_key, d.doc_type, d.number_text, d.department_code,"
			+ " d.enterprise_code, d.recipient_enterprise, d.recipient_organ, v.version, v.sha256, v.size_bytes,"
			+ " v.created_at, v.created_by, r.received_by, r.received_at from document d"
			+ " join document_version v on v.document_id = d.id"
			+ " and v.version = (select max(m.version) from document_version m where m.document_id = d.id)"
			+ " left join document_receipt r on r.document_id = v.document_id and r.version = v.version";

	private final JdbcTemplate jdbc;

	private final DocumentNumbering numbering;

	private final DocumentRenderer renderer;

	private final StoredObjects stored;

	private final Organizations organizations;

	private final Users users;

	private final CaseAccess caseAccess;

	private final AuditTrail audit;

	private final DocumentProperties properties;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	DocumentService(JdbcTemplate jdbc, DocumentNumbering numbering, DocumentRenderer renderer, StoredObjects stored,
			Organizations organizations, Users users, CaseAccess caseAccess, AuditTrail audit,
			DocumentProperties properties, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.jdbc = jdbc;
		this.numbering = numbering;
		this.renderer = renderer;
		this.stored = stored;
		this.organizations = organizations;
		this.users = users;
		this.caseAccess = caseAccess;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	@Transactional
	public Document issue(IssueRequest request) {
		Department issuer = department(request.issuer());
		Enterprise enterprise = (request.enterprise() != null) ? enterprise(request.enterprise()) : null;
		Department addressee = (request.addressee() != null) ? department(request.addressee()) : null;
		DocumentType type = request.type();
		Instant now = now();
		int year = LocalDateTime.ofInstant(now, ZONE).getYear();

		// the counter stays locked until this transaction ends: keep what follows short
		long sequence = this.numbering.next(type, issuer.code(), year);
		DocumentNumber number = new DocumentNumber(this.properties.numberPrefix(), abbreviation(issuer),
				type.numberWord(), year, sequence);
		String id = UUID.randomUUID().toString();
		Header header = new Header(id, request.caseKey(), type, number.toString(), issuer, enterprise, addressee);
		this.jdbc.update(
				"insert into document (id, case_key, doc_type, department_code, number_year, number_seq,"
						+ " number_text, enterprise_code, recipient_enterprise, recipient_organ, issued_at, issued_by)"
						+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				id, request.caseKey(), type.name(), issuer.code().value(), year, sequence, number.toString(),
				(enterprise != null) ? enterprise.creditCode().value() : null,
				(type.servedTo() == DocumentType.ServedTo.ENTERPRISE) ? enterprise.creditCode().value() : null,
				(addressee != null) ? addressee.code().value() : null, local(now), request.issuedBy());
		Document issued = storeVersion(header, 1, request.body(), request.issuedBy(), now);
		this.events.publishEvent(new DocumentServed(id, request.caseKey(), type, number.toString(),
				(type.servedTo() == DocumentType.ServedTo.ENTERPRISE) ? enterprise.creditCode().value() : null,
				(addressee != null) ? addressee.code().value() : null));
		return issued;
	}

	@Override
	@Transactional
	public Document regenerate(String documentId, DocumentBody body, String issuedBy) {
		Objects.requireNonNull(body, "body");
		if (issuedBy == null || issuedBy.isBlank()) {
			throw new IllegalArgumentException("a document is issued by someone");
		}
		// the document's row orders concurrent regenerations; it is locked, never changed
		DocumentRow row = this.jdbc
			.query("select " + DocumentRow.COLUMNS + " from document d where d.id = ? for update", DocumentRow.MAPPER,
					documentId)
			.stream()
			.findFirst()
			.orElseThrow(() -> new DocumentNotFoundException(documentId));
		if (body.type() != row.type()) {
			throw new IllegalArgumentException(
					"a " + row.type().title() + " cannot be regenerated as " + body.type().title());
		}
		Integer last = this.jdbc.queryForObject("select max(version) from document_version where document_id = ?",
				Integer.class, documentId);
		Header header = new Header(row.id(), row.caseKey(), row.type(), row.number(), department(row.department()),
				(row.enterprise() != null) ? enterprise(new CreditCode(row.enterprise())) : null,
				(row.recipientOrgan() != null) ? department(DepartmentCode.of(row.recipientOrgan())) : null);
		return storeVersion(header, last + 1, body, issuedBy, now());
	}

	/** Renders, stores and records one version, and appends its audit entry, last. */
	private Document storeVersion(Header header, int version, DocumentBody body, String issuedBy, Instant now) {
		Map<String, Object> model = new HashMap<>();
		model.put("doc", documentValues(header, version, now));
		model.put("body", TemplateValues.of(body));
		byte[] pdf = this.renderer.render(header.type(), model);
		String sha256 = Hashing.sha256(pdf);
		String key = "documents/" + LocalDateTime.ofInstant(now, ZONE).getYear() + "/" + header.id() + "/v" + version
				+ ".pdf";
		this.stored.putInTransaction(key, new ByteArrayInputStream(pdf), pdf.length, "application/pdf");
		this.jdbc.update(
				"insert into document_version (document_id, version, storage_key, sha256, size_bytes,"
						+ " created_at, created_by) values (?, ?, ?, ?, ?, ?, ?)",
				header.id(), version, key, sha256, pdf.length, local(now), issuedBy);
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("type", header.type().name());
		after.put("number", header.number());
		after.put("version", version);
		after.put("sha256", sha256);
		this.audit.record(AuditRecord.of(issuedBy, ISSUED)
			.withCase(header.caseKey())
			.withSubject(SUBJECT, header.id())
			.withChange(null, after)
			.withDetail(header.type().title() + " " + header.number() + ((version > 1) ? "（第" + version + "版）" : "")));
		return new Document(header.id(), header.caseKey(), header.type(), header.number(), version, sha256, pdf.length,
				now, issuedBy);
	}

	private Map<String, Object> documentValues(Header header, int version, Instant now) {
		Map<String, Object> doc = new HashMap<>();
		doc.put("id", header.id());
		doc.put("caseKey", header.caseKey());
		doc.put("title", header.type().title());
		doc.put("number", header.number());
		doc.put("organ", organName(header.issuer()));
		doc.put("issuedOn", TemplateValues.DATE.format(LocalDateTime.ofInstant(now, ZONE)));
		doc.put("version", version);
		doc.put("confidential", CONFIDENTIAL.contains(header.type()));
		if (header.enterprise() != null) {
			Map<String, Object> enterprise = new HashMap<>();
			enterprise.put("name", header.enterprise().name());
			enterprise.put("creditCode", header.enterprise().creditCode().value());
			putIfPresent(enterprise, "legalRepresentative", header.enterprise().legalRepresentative());
			putIfPresent(enterprise, "address", header.enterprise().address());
			doc.put("enterprise", enterprise);
		}
		if (header.addressee() != null) {
			doc.put("addressee", organName(header.addressee()));
		}
		else if (header.enterprise() != null) {
			doc.put("addressee", header.enterprise().name());
		}
		return doc;
	}

	@Override
	public List<DocumentSummary> ofCase(UserProfile user, String businessKey) {
		if (!this.caseAccess.mayRead(user, businessKey)) {
			throw new CaseNotFoundException(String.valueOf(businessKey));
		}
		return summaries(user,
				this.jdbc.query(SUMMARY + " where d.case_key = ? order by d.issued_at, d.doc_type, d.number_seq",
						SummaryRow.MAPPER, businessKey));
	}

	@Override
	public List<DocumentSummary> addressedTo(UserProfile user) {
		List<SummaryRow> rows = new ArrayList<>();
		Optional<String> enterprise = enterpriseOf(user);
		enterprise.ifPresent((code) -> rows.addAll(this.jdbc.query(
				SUMMARY + " where d.recipient_enterprise = ? order by d.issued_at desc, d.number_seq desc",
				SummaryRow.MAPPER, code)));
		Optional<String> organ = receivingOrganOf(user);
		organ.ifPresent((code) -> rows.addAll(
				this.jdbc.query(SUMMARY + " where d.recipient_organ = ? order by d.issued_at desc, d.number_seq desc",
						SummaryRow.MAPPER, code)));
		return summaries(user, rows);
	}

	@Override
	public DocumentContent content(UserProfile user, String documentId) {
		DocumentRow row = readable(user, documentId);
		Integer last = this.jdbc.queryForObject("select max(version) from document_version where document_id = ?",
				Integer.class, row.id());
		return content(row, last);
	}

	@Override
	public DocumentContent content(UserProfile user, String documentId, int version) {
		return content(readable(user, documentId), version);
	}

	private DocumentContent content(DocumentRow row, int version) {
		Map<String, Object> stored = this.jdbc
			.queryForList("select storage_key, sha256 from document_version where document_id = ? and version = ?",
					row.id(), version)
			.stream()
			.findFirst()
			.orElseThrow(() -> new DocumentNotFoundException(row.id() + " v" + version));
		String key = (String) stored.get("storage_key");
		String sha256 = ((String) stored.get("sha256")).trim();
		byte[] pdf;
		try (InputStream in = this.stored.get(key)) {
			pdf = in.readAllBytes();
		}
		catch (ObjectNotFoundException ex) {
			log.error("The PDF of document {} version {} is missing from storage ({})", row.id(), version, key);
			throw new StoredFileDamagedException("documents.file.damaged", row.number());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (!Hashing.sha256(pdf).equals(sha256)) {
			log.error("The PDF of document {} version {} no longer has its SHA-256 {} ({})", row.id(), version, sha256,
					key);
			throw new StoredFileDamagedException("documents.file.damaged", row.number());
		}
		String filename = row.type().title() + "-" + row.number() + ((version > 1) ? "-第" + version + "版" : "")
				+ ".pdf";
		return new DocumentContent(row.id(), row.number(), version, filename, sha256, pdf);
	}

	@Override
	@Transactional
	public Receipt confirmReceipt(UserProfile user, String documentId) {
		DocumentRow row = readable(user, documentId);
		if (!isAddressee(user, row)) {
			throw new FileAccessRefusedException("documents.receipt.notAddressee", row.number());
		}
		// the document's row, locked (never changed): a regeneration waits, and so does a
		// second click on another node
		this.jdbc.queryForObject("select id from document where id = ? for update", String.class, row.id());
		Integer version = this.jdbc.queryForObject("select max(version) from document_version where document_id = ?",
				Integer.class, row.id());
		Optional<Receipt> existing = receipt(row.id(), version);
		if (existing.isPresent()) {
			return existing.get();
		}
		Instant now = now();
		this.jdbc.update(
				"insert into document_receipt (document_id, version, received_by, received_at) values (?, ?, ?, ?)",
				row.id(), version, user.username(), local(now));
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("receivedBy", user.username());
		after.put("receivedAt", now.toString());
		after.put("version", version);
		this.audit.record(AuditRecord.of(user.username(), RECEIVED)
			.withCase(row.caseKey())
			.withSubject(SUBJECT, row.id())
			.withChange(null, after)
			.withDetail(row.type().title() + " " + row.number() + " 已由" + user.displayName() + "确认签收"));
		this.events.publishEvent(new DocumentReceived(row.id(), row.caseKey(), row.type(), user.username(), now));
		return new Receipt(row.id(), version, user.username(), user.displayName(), now);
	}

	private Optional<Receipt> receipt(String documentId, int version) {
		return this.jdbc
			.query("select received_by, received_at from document_receipt where document_id = ? and version = ?",
					(rs, n) -> new Receipt(documentId, version, rs.getString("received_by"),
							displayName(rs.getString("received_by")), instant(rs, "received_at")),
					documentId, version)
			.stream()
			.findFirst();
	}

	/** The document, if the person may read it; otherwise it does not exist for them. */
	private DocumentRow readable(UserProfile user, String documentId) {
		if (documentId == null || documentId.length() != 36) {
			throw new DocumentNotFoundException(String.valueOf(documentId));
		}
		DocumentRow row = this.jdbc
			.query("select " + DocumentRow.COLUMNS + " from document d where d.id = ?", DocumentRow.MAPPER, documentId)
			.stream()
			.findFirst()
			.orElseThrow(() -> new DocumentNotFoundException(documentId));
		if (!isAddressee(user, row) && !this.caseAccess.mayRead(user, row.caseKey())) {
			throw new DocumentNotFoundException(documentId);
		}
		return row;
	}

	private boolean isAddressee(UserProfile user, DocumentRow row) {
		if (row.recipientEnterprise() != null) {
			return enterpriseOf(user).filter(row.recipientEnterprise()::equals).isPresent();
		}
		if (row.recipientOrgan() != null) {
			return receivingOrganOf(user).filter(row.recipientOrgan()::equals).isPresent();
		}
		return false;
	}

	private static Optional<String> enterpriseOf(UserProfile user) {
		return user.hasRole(Role.ENTERPRISE) ? user.enterprise().map((e) -> e.creditCode().value()) : Optional.empty();
	}

	private static Optional<String> receivingOrganOf(UserProfile user) {
		return RECEIVING_ROLES.stream().anyMatch(user::hasRole) ? user.department().map((d) -> d.code().value())
				: Optional.empty();
	}

	private List<DocumentSummary> summaries(UserProfile user, List<SummaryRow> rows) {
		Map<String, String> organs = new HashMap<>();
		Map<String, String> enterprises = new HashMap<>();
		List<DocumentSummary> summaries = new ArrayList<>(rows.size());
		for (SummaryRow row : rows) {
			String issuer = organs.computeIfAbsent(row.department(), this::organName);
			String enterpriseName = (row.enterprise() != null)
					? enterprises.computeIfAbsent(row.enterprise(), this::enterpriseName) : null;
			String addressee = (row.recipientOrgan() != null)
					? organs.computeIfAbsent(row.recipientOrgan(), this::organName) : enterpriseName;
			Receipt receipt = (row.receivedBy() != null) ? new Receipt(row.id(), row.version(), row.receivedBy(),
					displayName(row.receivedBy()), row.receivedAt()) : null;
			boolean addressed = isAddressee(user,
					new DocumentRow(row.id(), row.caseKey(), row.type(), row.number(),
							DepartmentCode.of(row.department()), row.enterprise(), row.recipientEnterprise(),
							row.recipientOrgan()));
			summaries.add(new DocumentSummary(row.id(), row.caseKey(), row.type(), row.type().title(), row.number(),
					row.version(), issuer, addressee, enterpriseName, row.issuedAt(), row.issuedBy(), row.sha256(),
					row.size(), receipt, addressed && receipt == null));
		}
		return summaries;
	}

	private Department department(DepartmentCode code) {
		return this.organizations.department(code)
			.orElseThrow(() -> new BusinessRuleException("organization.department.notFound", code.value()));
	}

	private Enterprise enterprise(CreditCode code) {
		return this.organizations.enterprise(code)
			.orElseThrow(() -> new BusinessRuleException("documents.enterprise.notFound", code.value()));
	}

	private String organName(String departmentCode) {
		return this.organizations.department(DepartmentCode.of(departmentCode))
			.map(this::organName)
			.orElse(departmentCode);
	}

	private String organName(Department department) {
		return this.properties.organPrefix() + department.name();
	}

	private String enterpriseName(String creditCode) {
		return this.organizations.enterprise(new CreditCode(creditCode)).map(Enterprise::name).orElse(creditCode);
	}

	private String displayName(String username) {
		return this.users.profile(username).map(UserProfile::displayName).orElse(username);
	}

	/**
	 * The department's abbreviation in numbers: configured, or its name without the usual
	 * endings (住房和城乡建设局 → 住房和城乡建设).
	 */
	String abbreviation(Department department) {
		String configured = this.properties.abbreviations().get(department.code().value());
		if (configured != null && !configured.isBlank()) {
			return configured.strip();
		}
		String name = department.name();
		for (String ending : List.of("管理局", "局", "委员会", "委")) {
			if (name.endsWith(ending) && name.length() > ending.length()) {
				return name.substring(0, name.length() - ending.length());
			}
		}
		return name;
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
	}

	private static LocalDateTime local(Instant instant) {
		return LocalDateTime.ofInstant(instant, ZONE);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		LocalDateTime value = rs.getObject(column, LocalDateTime.class);
		return (value != null) ? value.atZone(ZONE).toInstant() : null;
	}

	private static void putIfPresent(Map<String, Object> map, String key, String value) {
		if (value != null && !value.isBlank()) {
			map.put(key, value);
		}
	}

	/** What the header of a document says, whatever its version. */
	private record Header(String id, String caseKey, DocumentType type, String number, Department issuer,
			Enterprise enterprise, Department addressee) {

	}

	private record DocumentRow(String id, String caseKey, DocumentType type, String number, DepartmentCode department,
			String enterprise, String recipientEnterprise, String recipientOrgan) {

		static final String COLUMNS = "d.id, d.case_key, d.doc_type, d.number_text, d.department_code,"
				+ " d.enterprise_code, d.recipient_enterprise, d.recipient_organ";

		static final RowMapper<DocumentRow> MAPPER = (rs, n) -> new DocumentRow(rs.getString("id"),
				rs.getString("case_key"), DocumentType.valueOf(rs.getString("doc_type")), rs.getString("number_text"),
				DepartmentCode.of(rs.getString("department_code")), trimmed(rs, "enterprise_code"),
				trimmed(rs, "recipient_enterprise"), rs.getString("recipient_organ"));

	}

	private record SummaryRow(String id, String caseKey, DocumentType type, String number, String department,
			String enterprise, String recipientEnterprise, String recipientOrgan, int version, String sha256, long size,
			Instant issuedAt, String issuedBy, String receivedBy, Instant receivedAt) {

		static final RowMapper<SummaryRow> MAPPER = (rs, n) -> new SummaryRow(rs.getString("id"),
				rs.getString("case_key"), DocumentType.valueOf(rs.getString("doc_type")), rs.getString("number_text"),
				rs.getString("department_code"), trimmed(rs, "enterprise_code"), trimmed(rs, "recipient_enterprise"),
				rs.getString("recipient_organ"), rs.getInt("version"), rs.getString("sha256").trim(),
				rs.getLong("size_bytes"), instant(rs, "created_at"), rs.getString("created_by"),
				rs.getString("received_by"), instant(rs, "received_at"));

	}

	/** char(n) columns may come back padded on some databases. */
	private static String trimmed(ResultSet rs, String column) throws SQLException {
		String value = rs.getString(column);
		return (value != null) ? value.trim() : null;
	}

}
