package cn.enforceflow.catalog;

import java.util.List;
import java.util.Optional;

import cn.enforceflow.organization.DepartmentCode;

/**
 * The published inspection-item lists of the departments.
 */
public interface InspectionCatalog {

	/** The department's list in force, if it has published one. */
	Optional<InspectionItemList> publishedList(DepartmentCode department);

	/** Every list in force, by department code. */
	List<InspectionItemList> publishedLists();

	/**
	 * Publishes a list for a department that has none in force yet.
	 * @return whether a list was published
	 */
	boolean publishFirstList(InspectionItemList list);

}
