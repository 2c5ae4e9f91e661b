package cn.enforceflow.documents.internal;

import cn.enforceflow.documents.DocumentType;
import cn.enforceflow.organization.DepartmentCode;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out document numbers: 1, 2, 3, ... per type, issuing department and year, without
 * gaps or duplicates, however many nodes issue at once.
 * <p>
 * The counter row of (type, department, year) is locked ({@code select ... for update})
 * in the issuing transaction and moved on by one; every other issuer of the same counter,
 * on any node, waits until that transaction ends. A transaction that rolls back gives its
 * number back with it, so numbers are gap-free; the price is that issuers of one counter
 * go one at a time, each holding the lock until it commits.
 * <p>
 * The first use of a counter creates its row in a short transaction of its own, which
 * tolerates another node creating it at the same moment (the duplicate key is ignored).
 * It must not run in the issuing transaction: on MySQL a failed duplicate insert leaves a
 * shared lock that, with a third issuer, deadlocks against the {@code for update}.
 */
@Component
class DocumentNumbering {

	private final JdbcTemplate jdbc;

	private final TransactionTemplate ownTransaction;

	DocumentNumbering(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * The next sequence of the counter, locked until the caller's transaction ends.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	long next(DocumentType type, DepartmentCode department, int year) {
		Long last = lockCounter(type, department, year);
		if (last == null) {
			createCounter(type, department, year);
			last = lockCounter(type, department, year);
			if (last == null) {
				throw new IllegalStateException("The number counter of " + type + " " + department + " " + year
						+ " was created but cannot be read");
			}
		}
		long next = last + 1;
		int moved = this.jdbc
			.update("update document_counter set last_value = ? where doc_type = ? and department_code = ?"
					+ " and number_year = ? and last_value = ?", next, type.name(), department.value(), year, last);
		if (moved != 1) {
			throw new IllegalStateException("The number counter moved while it was locked");
		}
		return next;
	}

	private Long lockCounter(DocumentType type, DepartmentCode department, int year) {
		return this.jdbc
			.query("select last_value from document_counter where doc_type = ? and department_code = ?"
					+ " and number_year = ? for update", (rs, row) -> rs.getLong(1), type.name(), department.value(),
					year)
			.stream()
			.findFirst()
			.orElse(null);
	}

	private void createCounter(DocumentType type, DepartmentCode department, int year) {
		this.ownTransaction.executeWithoutResult((status) -> {
			try {
				this.jdbc.update("insert into document_counter (doc_type, department_code, number_year, last_value)"
						+ " values (?, ?, ?, 0)", type.name(), department.value(), year);
			}
			catch (DuplicateKeyException createdMeanwhile) {
				// another issuer created it first: exactly what was wanted
				status.setRollbackOnly();
			}
		});
	}

}
