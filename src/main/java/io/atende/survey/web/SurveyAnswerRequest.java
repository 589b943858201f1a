package io.atende.survey.web;

/** {@code POST .../survey}: {@code answer} is BOM or RUIM; {@code comment} is optional (R21). */
record SurveyAnswerRequest(String answer, String comment) {
}
