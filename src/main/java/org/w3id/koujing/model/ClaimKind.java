package org.w3id.koujing.model;

/**
 * What a claim, or one figure of it, does: report a result (已实现, 达到), pledge an action or a plan
 * (将, 要, 计划, 力争), set a target (预期目标, 5%左右 for this year), or assess (形势总体平稳, 预计).
 */
public enum ClaimKind {
    REPORT,
    PLEDGE,
    TARGET,
    ASSESSMENT
}
