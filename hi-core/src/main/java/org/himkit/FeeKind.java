package org.himkit;

/** What a fee of an issuer pays for. */
public enum FeeKind {
  /** Keeping a credential: the recertification or credential maintenance fee. */
  RECERTIFICATION,
  /** More time to meet a recertification cycle's requirements (AHIMA's recertification extension, AAPC's CEU extension). */
  RECERTIFICATION_EXTENSION,
  /** More time to take an exam after the eligibility period granted on application. */
  EXAM_ELIGIBILITY_EXTENSION,
  /** Cancelling or rescheduling an exam appointment late. */
  EXAM_RESCHEDULING,
  /** Processing a request to refund an exam application. */
  EXAM_REFUND_PROCESSING;
}
