/**
 * One import service for every catalog kept in spreadsheets: .xlsx and .csv files checked
 * row by row, previewed, applied whole or not at all (large files as a background job),
 * and exported with the same headers (ADR 0013).
 */
package cn.enforceflow.imports;
