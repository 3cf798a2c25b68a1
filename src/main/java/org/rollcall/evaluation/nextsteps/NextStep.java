package org.rollcall.evaluation.nextsteps;

import org.rollcall.evaluation.guidance.GuidanceViews;
import org.rollcall.evaluation.synthesis.Rag;

/** A chevron the school agreed as Red or Amber, with what the guidance library expects and suggests for it. */
public record NextStep(String item, String title, int agreedScore, Rag rag, GuidanceViews.ChevronGuidance guidance) {}
