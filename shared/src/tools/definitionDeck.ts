/**
 * The statements a new room's deck starts with: what co-production is and is not, some true,
 * some half true, some that most groups reject. They are there to start a conversation, so each
 * is written to be agreed or disagreed with, not to be right. The facilitator can edit them,
 * add to them, or replace the deck for another topic.
 */
export const STARTER_STATEMENTS: readonly string[] = [
  'If people who use services are left out of the big decisions, it is not co-production.',
  'Co-production means staff asking people who use services what they think.',
  'In co-production, people who use services make every important decision.',
  'Co-production means working with people, not doing things to them or for them.',
  'Inviting people who use services to meetings and forums is enough to co-produce.',
  'In co-production everyone has an equal say, and everyone’s experience counts.',
  'Co-production often goes best when a paid professional organises and runs it.',
  'Co-production should use creative ways to reach many people: those who use services, their families and carers, and the wider community.',
  'Co-production has to happen at every step: deciding what to pay for, designing it, and checking how it went.',
  'Staff and organisations have no part in co-production: it is about people who use services being in control.',
  'The people and organisations who can make change happen need to be part of co-production.',
  'The organisation should prepare a set of options before co-production begins.',
  'You can co-produce how a service is designed, but not how it is paid for or judged.',
  'Co-production should take in as wide a range of people and organisations as it can.',
];
