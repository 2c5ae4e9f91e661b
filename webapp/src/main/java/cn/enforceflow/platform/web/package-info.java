/**
 * Web plumbing shared by every capability: locale, problem responses, error pages.
 */
package cn.enforceflow.platform.web;
