/**
 * Commitments in a bid that nobody could hold the supplier to: a sentence
 * that addresses social value (an indicator, or a general pledge to the
 * community or the environment) but gives no number, unit, date or evidence.
 * Also tells a bid ("we will") from a commissioner's document ("the Provider
 * shall", "describe how you will").
 */
import type { DraftKind, Evidence } from './types';

const NUMBER_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|dozen|half|quarter|all|every';
/** A figure, unit, date or a named way to prove it. */
const SPECIFIC = new RegExp(
  [
    '\\d',
    `\\b(?:${NUMBER_WORDS})\\b`,
    '[%£€$]',
    '\\bper ?cent\\b',
    '\\b(?:fte|tco2e?|tonnes?|kg|kwh|mwh|miles?|hours?|weeks?|days?|months?)\\b',
    '\\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\\b',
    '\\b(?:annually|quarterly|monthly|weekly|each year|every year|per (?:year|annum|quarter|month)|by the end of|within the first)\\b',
    '\\b(?:certified|certification|accredited|accreditation|iso ?\\d*|audited|verified|kpis?|reported|report(?:ing)? (?:on|to)|case stud(?:y|ies)|baseline|signed up|registered|living wage foundation|named (?:lead|manager))\\b',
  ].join('|'),
  'i',
);
/** A pledge that is about social value even when it names no indicator. */
const PLEDGE = /\b(?:commit(?:ted|ment)?|pledge|strive|aim|endeavour|seek|dedicated|passionate|proud|will (?:support|help|work|promote|encourage|look|try|contribute|give)|give back|where(?:ver)? possible)\b/i;
const SOCIAL_TOPIC = /\b(?:communit(?:y|ies)|social value|local|environment(?:al)?|sustainab\w*|charit\w*|wellbeing|well-being|green|carbon|residents|economy|society|vulnerable|inclusion|diversity)\b/i;

export function isSpecific(sentence: string): boolean {
  return SPECIFIC.test(sentence);
}

export function isPledge(sentence: string): boolean {
  return PLEDGE.test(sentence) && SOCIAL_TOPIC.test(sentence);
}

const FIRST_PERSON = /\b(?:we|our|us|we'll|we're)\b/i;
const COMMISSIONER = /\b(?:the (?:provider|supplier|contractor|bidder|tenderer|service provider|successful)s?|tenderers|bidders|you will|you should|please (?:describe|provide|explain|set out|state|detail)|describe how|explain how|the council (?:will|requires|expects))\b/i;

/** Bids speak in the first person; specifications and tender questions of "the Provider" and "you". */
export function guessKind(sentences: readonly Evidence[]): DraftKind {
  let bid = 0;
  let commissioner = 0;
  for (const { quote } of sentences) {
    if (COMMISSIONER.test(quote)) commissioner++;
    else if (FIRST_PERSON.test(quote)) bid++;
  }
  return bid > commissioner ? 'bid' : 'specification';
}
