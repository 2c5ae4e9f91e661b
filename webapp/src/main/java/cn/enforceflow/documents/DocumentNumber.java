package cn.enforceflow.documents;

import java.util.Objects;

/**
 * 文号 — a document's number: an optional region prefix, the issuing department's
 * abbreviation, the type's word, the year in 〔〕 and the sequence in that year, e.g.
 * {@code 淮应急整改〔2026〕12号}. Sequences start at 1 for each type, department and year and
 * have no gaps.
 *
 * @param prefix e.g. 淮, or empty
 * @param departmentAbbreviation e.g. 应急
 * @param typeWord e.g. 整改
 * @param year e.g. 2026
 * @param sequence from 1
 */
public record DocumentNumber(String prefix, String departmentAbbreviation, String typeWord, int year, long sequence) {

	public DocumentNumber {
		Objects.requireNonNull(prefix, "prefix");
		Objects.requireNonNull(departmentAbbreviation, "departmentAbbreviation");
		Objects.requireNonNull(typeWord, "typeWord");
		if (year < 1000 || year > 9999) {
			throw new IllegalArgumentException("not a year: " + year);
		}
		if (sequence < 1) {
			throw new IllegalArgumentException("sequences start at 1: " + sequence);
		}
	}

	@Override
	public String toString() {
		return this.prefix + this.departmentAbbreviation + this.typeWord + "〔" + this.year + "〕" + this.sequence + "号";
	}

}
