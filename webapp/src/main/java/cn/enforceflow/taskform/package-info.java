/**
 * Task forms: one schema per user task (in {@code forms/}), rendered on the task page and
 * validated again on the server into typed values.
 */
package cn.enforceflow.taskform;
