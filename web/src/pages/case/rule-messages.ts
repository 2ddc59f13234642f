/**
 * What each domain rule (RuleViolated's `rule`, services/domain) says to staff, in Polish and English, and the input
 * field it concerns (its path in the command's GraphQL input), so a refused command is explained next to that field.
 * Without a field the message stands above the form. test/web/clerk-rule-messages.spec.ts fails when a rule of the
 * domain has no entry here. No imports: the spec reads this file under Node.
 */
export interface RuleMessage {
  pl: string;
  en: string;
  field?: string;
}

export const ruleMessages: Record<string, RuleMessage> = {
  // Complaint (KPA dział VIII)
  'already-received': { pl: 'Ta skarga została już przyjęta.', en: 'This complaint has already been received.' },
  'received-in-future': {
    pl: 'Data wpływu leży w przyszłości: podaj dzień, w którym skarga faktycznie wpłynęła.',
    en: 'The date of receipt lies in the future: give the day the complaint actually arrived.',
    field: 'receivedAt',
  },
  'already-acknowledged': {
    pl: 'Przyjęcie tej skargi zostało już potwierdzone.',
    en: 'Receipt of this complaint has already been acknowledged.',
  },
  'KPA-244-request-answer': {
    pl: 'To wniosek (art. 241 KPA), nie skarga: załatwia się go, podając podjęte działania albo przyczyny ich niepodjęcia (art. 244, 247 KPA). Użyj formularza „Załatw wniosek”.',
    en: 'This is a request (KPA art. 241), not a complaint: it is answered with the actions taken or the reasons for not taking them (KPA art. 244, 247). Use “Answer the request”.',
  },
  'KPA-239-complaint-only': {
    pl: 'Podtrzymanie stanowiska (art. 239 KPA) dotyczy ponowionej skargi, nie wniosku: załatw wniosek.',
    en: 'Keeping a prior position (KPA art. 239) applies to a repeated complaint, not to a request: answer the request.',
  },
  'KPA-237-4-complaint-only': {
    pl: 'Ponaglenie (art. 37 KPA) przysługuje w sprawie skargi przez art. 237 § 4 KPA; do wniosku art. 244 § 1 stosuje tylko art. 237 § 1: zapisz pismo jako informację.',
    en: 'A prompt (ponaglenie, KPA art. 37) reaches complaints through art. 237 § 4; art. 244 § 1 applies only art. 237 § 1 to requests: record the letter as information.',
  },
  'KPA-241-request-only': {
    pl: 'Tylko wniosek (art. 241 KPA) załatwia się w ten sposób: najpierw sklasyfikuj sprawę jako wniosek albo rozstrzygnij skargę (art. 237, 238 KPA).',
    en: 'Only a request (KPA art. 241) is answered this way: classify the case as a request first, or decide the complaint (KPA art. 237, 238).',
  },
  'KPA-244-answer-content': {
    pl: 'Odpowiedź na wniosek podaje podjęte działania albo przyczyny ich niepodjęcia (art. 244, 247 KPA): wypełnij co najmniej jedno z tych pól.',
    en: 'The answer to a request states the actions taken or the reasons for not taking them (KPA art. 244, 247): fill in at least one.',
    field: 'actionsTaken',
  },
  'KPA-256-complained-about': {
    pl: 'Skarga dotyczy tego pracownika, więc musi ją załatwić ktoś inny (art. 256 KPA): wybierz inną osobę.',
    en: 'The complaint concerns this employee, so someone else must handle it (KPA art. 256): choose another assignee.',
    field: 'assigneeId',
  },
  'KPA-256-no-employee': {
    pl: 'Skarga nie wskazuje pracownika, którego dotyczy, więc nie ma przełożonego, do którego można ją skierować: przydziel ją w zwykły sposób.',
    en: 'The complaint names no employee it is about, so there is no superior to route it to: assign it as usual.',
  },
  'KPA-256-superior-is-complained-about': {
    pl: 'Skarga dotyczy właśnie tego pracownika, który nie może jej rozpatrywać (art. 256 KPA): skieruj ją do jego przełożonego.',
    en: 'The complaint is about this very employee, who cannot examine it (KPA art. 256): route it to their superior.',
    field: 'superiorId',
  },
  'already-routed': {
    pl: 'Skargę już skierowano do tego przełożonego.',
    en: 'The complaint has already been routed to this superior.',
    field: 'superiorId',
  },
  'KPA-234-pending-case': {
    pl: 'Skargę w sprawie, w której toczy się postępowanie, rozpatruje się w tym postępowaniu (art. 233–234 KPA), a nie jako skargę: zapisz włączenie do postępowania albo zmień kwalifikację.',
    en: 'A complaint in a pending case is examined in that case (KPA art. 233–234), not as a complaint: record that it went into the case, or classify it again.',
  },
  'KPA-235-final-decision': {
    pl: 'Skargę na decyzję ostateczną traktuje się jako żądanie wznowienia postępowania albo stwierdzenia nieważności decyzji (art. 235–236 KPA): zapisz, które, albo zmień kwalifikację.',
    en: 'A complaint against a final decision is treated as a request to reopen or to declare the decision void (KPA art. 235–236): record which, or classify it again.',
  },
  'KPA-240-outside-kpa': {
    pl: 'Sprawę, dla której przepis szczególny ustanawia inny tryb, przekazuje się organowi wskazanemu w tym przepisie (art. 240 i 231 KPA), a nie rozstrzyga jako skargę; albo zmień kwalifikację.',
    en: 'A matter a special act governs is forwarded to the body that act names (KPA art. 240, 231), not decided as a complaint; or classify it again.',
  },
  'KPA-233-236-classification': {
    pl: 'Ten tryb nie odpowiada kwalifikacji skargi (art. 233–236 KPA): najpierw zakwalifikuj ją jako skargę w sprawie w toku albo skargę na decyzję ostateczną.',
    en: 'This route does not match the classification (KPA art. 233–236): classify it as in a pending case or against a final decision first.',
    field: 'route',
  },
  'KPA-232-1-concerns-lower-body': {
    pl: 'Skarga dotyczy tego organu, więc nie można mu jej przekazać do rozpatrzenia (art. 232 § 1 KPA): rozpatrz ją albo przekaż organowi właściwemu (art. 229 KPA).',
    en: 'The complaint is about that body, so it cannot be passed to it to examine (KPA art. 232 § 1): examine it, or forward it to the competent body (art. 229).',
    field: 'toBody',
  },
  'KPA-232-2-no-employee': {
    pl: 'Skarga nie wskazuje pracownika, którego dotyczy, więc nie ma przełożonego, któremu można ją przekazać: przekaż ją organowi właściwemu.',
    en: 'The complaint names no employee it is about, so there is no superior to pass it to: forward it to the competent body.',
    field: 'mode',
  },
  'KPA-229-not-competent': {
    pl: 'Według kwalifikacji właściwy do rozpatrzenia skargi jest inny organ (art. 229 KPA): przekaż mu skargę (art. 231 KPA) albo zmień kwalifikację.',
    en: 'The classification records another body as competent (KPA art. 229): forward the complaint there (art. 231), or classify it again.',
  },
  'KPA-229-competent-here': {
    pl: 'Według kwalifikacji właściwy do rozpatrzenia skargi jest ten urząd (art. 229 KPA): rozpatrz ją, przekaż organowi niższego stopnia (art. 232 § 1 KPA) albo zmień kwalifikację.',
    en: 'The classification records this office as competent (KPA art. 229): examine the complaint, pass it to a lower body (art. 232 § 1), or classify it again.',
    field: 'mode',
  },
  'KPA-229-other-body': {
    pl: 'Według kwalifikacji właściwy jest inny organ niż wskazany (art. 229 KPA): przekaż skargę temu organowi albo zmień kwalifikację.',
    en: 'The classification records a different competent body (KPA art. 229): forward the complaint there, or classify it again.',
    field: 'toBody',
  },
  'already-assigned': {
    pl: 'Skarga jest już przydzielona tej osobie.',
    en: 'The complaint is already assigned to this person.',
    field: 'assigneeId',
  },
  'supplement-pending': {
    pl: 'Wezwano już do uzupełnienia i odpowiedź wciąż jest oczekiwana.',
    en: 'A supplement has already been requested and is still awaited.',
  },
  'supplement-not-requested': {
    pl: 'Nie wzywano do uzupełnienia tej skargi: zapisz te informacje jako rozmowę albo uzyskane informacje.',
    en: 'No supplement was requested for this complaint: record the information as a conversation or information instead.',
  },
  'REG-2002-8-anonymous': {
    pl: 'Skarga nie zawiera imienia i nazwiska oraz adresu, więc można ją tylko pozostawić bez rozpoznania (§ 8 rozporządzenia Rady Ministrów z 8 stycznia 2002 r.).',
    en: 'The complaint gives no name and address, so it can only be left unexamined (§ 8 of the regulation of 8 January 2002).',
  },
  'REG-2002-8-identifiable': {
    pl: 'Skarżący podał imię i nazwisko oraz adres: skargę trzeba rozpatrzyć.',
    en: 'The complainant gave a name and an address: the complaint must be examined.',
    field: 'reason',
  },
  'REG-2002-8-supplement-window': {
    pl: 'Z powodu braku uzupełnienia skargę można pozostawić bez rozpoznania dopiero po upływie 7 dni wyznaczonych na uzupełnienie.',
    en: 'A complaint may be left unexamined for lack of a supplement only after the 7 days given to supplement it have passed.',
    field: 'reason',
  },
  'REG-2002-8-2-instruction': {
    pl: 'Wezwanie do uzupełnienia nie zawierało pouczenia, że nieusunięcie braków spowoduje pozostawienie skargi bez rozpoznania (§ 8 ust. 2 rozporządzenia z 2002 r.): wyślij nowe wezwanie, które zawiera pouczenie.',
    en: 'The summons did not instruct that the complaint would be left unexamined (§ 8(2) of the 2002 regulation): send a new summons, which carries the instruction.',
    field: 'reason',
  },
  'REG-2002-8-2-delivery': {
    pl: 'Termin 7 dni na uzupełnienie biegnie od doręczenia wezwania (§ 8 ust. 2 rozporządzenia z 2002 r.): najpierw zapisz doręczenie albo doręczenie zastępcze (art. 44 KPA).',
    en: 'The 7 days run from the delivery of the summons (§ 8(2) of the 2002 regulation): record its delivery, or presumed delivery (KPA art. 44), first.',
    field: 'reason',
  },
  'summons-already-delivered': {
    pl: 'Doręczenie tego wezwania jest już zapisane; 7 dni liczy się od niego.',
    en: 'The delivery of this summons is already recorded; the 7 days run from it.',
  },
  'delivered-in-future': {
    pl: 'Data doręczenia (albo awiza) leży w przyszłości: zapisz ją, gdy nastąpi.',
    en: 'The day of delivery (or of the notice) lies in the future: record it once it has happened.',
    field: 'deliveredAt',
  },
  'delivered-before-summons': {
    pl: 'Wezwanie nie mogło zostać doręczone przed jego wysłaniem: sprawdź datę.',
    en: 'The summons cannot have been delivered before it was sent: check the date.',
    field: 'deliveredAt',
  },
  'KPA-44-presumption-not-yet': {
    pl: 'Niepodjęte pismo uznaje się za doręczone dopiero z upływem 14 dni przechowania (art. 44 § 4 KPA): zapisz doręczenie po tym dniu albo gdy skarżący odbierze pismo.',
    en: 'An uncollected letter counts as delivered only when the 14 days of storage end (KPA art. 44 § 4): record it then, or when the complainant collects it.',
    field: 'noticeLeftAt',
  },
  'complaint-closed': {
    pl: 'Sprawa jest zamknięta. Aby zapisać coś więcej, najpierw ją wznów (podając nowe okoliczności).',
    en: 'The complaint is closed. Reopen it (with the new circumstances) before recording anything more.',
  },
  'reopen-not-closed': { pl: 'Wznowić można tylko zamkniętą sprawę.', en: 'Only a closed complaint can be reopened.' },
  'complaint-settled': {
    pl: 'Skarga jest już załatwiona; pozostaje tylko zawiadomić, wyjaśnić albo zamknąć sprawę.',
    en: 'The complaint is already settled; only notifying, explaining, or closing it remains.',
  },
  'KPA-96e-mediation-pending': {
    pl: 'Trwa mediacja: sprawa pozostaje odroczona do jej zakończenia (art. 96e KPA).',
    en: 'A mediation is under way: the case stays postponed until it ends (KPA art. 96e).',
  },
  'KPA-36-future-date': {
    pl: 'Nowy termin musi przypadać w przyszłości.',
    en: 'The new deadline must lie in the future.',
    field: 'newDueAt',
  },
  'KPA-36-later-date': {
    pl: 'Nowy termin musi być późniejszy niż obecny.',
    en: 'The new deadline must be later than the current one.',
    field: 'newDueAt',
  },
  'KPA-238-factual-grounds': {
    pl: 'Skarga nieuwzględniona (także w części) wymaga uzasadnienia faktycznego (art. 238 § 1 KPA): opisz fakty, na których opiera się rozstrzygnięcie.',
    en: 'A complaint not (fully) upheld needs its factual grounds (KPA art. 238 § 1): describe the facts the decision rests on.',
    field: 'factualGrounds',
  },
  'KPA-238-legal-basis': {
    pl: 'Odmowa musi wskazywać podstawę prawną (art. 238 § 1 KPA): dodaj co najmniej jeden akt i artykuł.',
    en: 'A refusal must state its legal basis (KPA art. 238 § 1): add at least one act and article.',
    field: 'legalBasis',
  },
  'KPA-239-instruction': {
    pl: 'Odmowa musi zawierać pouczenie o art. 239 KPA (ponowna skarga bez nowych okoliczności może zostać załatwiona przez podtrzymanie stanowiska): dodaj pouczenie.',
    en: 'A refusal must instruct the complainant on KPA art. 239 (a repeated complaint without new circumstances may be answered by keeping this position): add the instruction.',
    field: 'appealInformation',
  },
  'KPA-239-new-circumstances': {
    pl: 'Ponowiona skarga wskazuje nowe okoliczności, więc trzeba ją rozpatrzyć i odpowiedzieć (art. 239 § 1 KPA dotyczy tylko skargi bez nowych okoliczności).',
    en: 'The repeated complaint raises new circumstances, so it is examined and answered (KPA art. 239 § 1 applies only without them).',
    field: 'noNewCircumstances',
  },
  'KPA-239-prior-dispute': {
    pl: 'Nie ma wcześniejszej skargi o tym identyfikatorze (albo to ta sama sprawa): podaj identyfikator wcześniejszej sprawy w tej samej materii (art. 239 § 1 KPA).',
    en: 'No earlier complaint with this id (or it is this one): give the id of the earlier dispute in the same matter (KPA art. 239 § 1).',
    field: 'priorDisputeId',
  },
  'KPA-239-prior-not-unfounded': {
    pl: 'Wcześniejszej skargi nie uznano za bezzasadną (nieuwzględnioną) w odpowiedzi, więc nie można podtrzymać stanowiska (art. 239 § 1 KPA): rozpatrz tę skargę.',
    en: 'The earlier complaint was not found unfounded (not upheld) in an answer, so the position cannot be kept (KPA art. 239 § 1): examine this complaint.',
    field: 'priorDisputeId',
  },
  'KPA-96n-follows-protocol': {
    pl: 'Mediacja w tej sprawie zakończyła się porozumieniem: zaznacz, czy rozstrzygnięcie jest zgodne z protokołem (art. 96n KPA).',
    en: 'A mediation on this complaint ended in an agreement: state whether the decision follows its protocol (KPA art. 96n).',
    field: 'followsMediationProtocol',
  },
  'KPA-96n-no-protocol': {
    pl: 'Żadna mediacja w tej sprawie nie zakończyła się porozumieniem, więc nie ma protokołu: pozostaw to pole puste.',
    en: 'No mediation on this complaint ended in an agreement, so there is no protocol to follow: leave this field empty.',
    field: 'followsMediationProtocol',
  },
  'KPA-96n-departure-grounds': {
    pl: 'Rozstrzygnięcie odbiegające od porozumienia z mediacji wyjaśnia w uzasadnieniu faktycznym, dlaczego (art. 96n § 1 KPA).',
    en: 'A decision departing from the mediation agreement says why in its factual grounds (KPA art. 96n § 1).',
    field: 'factualGrounds',
  },
  'notify-before-settlement': {
    pl: 'Nie ma jeszcze o czym zawiadamiać: najpierw rozstrzygnij, przekaż albo w inny sposób załatw skargę.',
    en: 'There is nothing to notify yet: decide, forward or otherwise settle the complaint first.',
  },
  'KPA-237-no-representative': {
    pl: 'Tej skargi nie przekazał poseł, senator ani radny: nie ma kogo informować. Zawiadom skarżącego.',
    en: 'No MP, senator or councillor passed this complaint on: there is no one to inform. Notify the complainant instead.',
  },
  'close-before-settlement': {
    pl: 'Zamknąć można tylko załatwioną skargę: najpierw ją rozstrzygnij, przekaż, pozostaw bez rozpoznania albo zapisz jej wycofanie.',
    en: 'Only a settled complaint can be closed: decide, forward, leave unexamined or record its withdrawal first.',
  },
  'KPA-237-3-notice-before-closing': {
    pl: 'Przed zamknięciem sprawy zawiadom skarżącego o sposobie załatwienia skargi (art. 237 § 3, art. 238 § 1 KPA). Bez zawiadomienia zamyka się tylko skargę anonimową, podtrzymane stanowisko (art. 239 § 1 KPA), skargę wycofaną albo przekazaną z zawiadomieniem (art. 231 KPA).',
    en: 'Notify the complainant of how the complaint was dealt with before closing the case (KPA art. 237 § 3, 238 § 1). Only an anonymous complaint, a kept prior position (art. 239 § 1), a withdrawal or a forwarding with its notice (art. 231) closes without one.',
  },
  'mediation-not-open': {
    pl: 'W tej sprawie nie toczy się mediacja o tym identyfikatorze.',
    en: 'No mediation with this id is open on this complaint.',
  },

  // Mediation (art. 96a–96n KPA)
  'already-proposed': { pl: 'Tę mediację już zaproponowano.', en: 'This mediation has already been proposed.' },
  'mediation-ended': {
    pl: 'Ta mediacja się zakończyła: nie można w niej nic więcej zapisać. Jeśli strony chcą spróbować ponownie, zaproponuj nową mediację.',
    en: 'This mediation has ended: nothing more can be recorded in it. If the parties want to try again, propose a new mediation.',
  },
  'mediator-only': {
    pl: 'Posiedzenia, ujawnienie okoliczności co do bezstronności i protokół zapisuje tylko wyznaczony mediator (art. 96g, 96j, 96m KPA): poproś o to mediatora.',
    en: 'Only the appointed mediator records sessions, impartiality disclosures and the protocol (KPA art. 96g, 96j, 96m): ask the mediator to record it.',
  },
  'consent-already-recorded': {
    pl: 'Ta strona już odpowiedziała na propozycję. Strona, która nie chce dalej uczestniczyć, wycofuje się: zakończ mediację jako wycofaną.',
    en: 'This party has already answered the proposal. A party that no longer wishes to mediate withdraws: end the mediation as withdrawn.',
    field: 'partyId',
  },
  'consent-in-future': {
    pl: 'Data odpowiedzi leży w przyszłości: podaj dzień, w którym strona jej udzieliła.',
    en: 'The answer is dated in the future: give the day the party gave it.',
    field: 'givenAt',
  },
  'notice-delivery-date': {
    pl: 'Zawiadomienie nie mogło zostać doręczone przed zaproponowaniem mediacji ani po odpowiedzi strony: sprawdź datę doręczenia.',
    en: 'The notice cannot have reached the party before the proposal nor after their answer: check the date of delivery.',
    field: 'noticeDeliveredAt',
  },
  'KPA-96b-3-notice-delivery': {
    pl: 'Zgoda wpłynęła później niż 14 dni od zaproponowania mediacji, a termin liczy się od doręczenia zawiadomienia (art. 96b § 3 KPA): podaj datę doręczenia zawiadomienia tej stronie.',
    en: 'The consent comes more than 14 days after the proposal; the term runs from the notice’s delivery (KPA art. 96b § 3): give the day it reached this party.',
    field: 'noticeDeliveredAt',
  },
  'KPA-96d-consent-before-appointment': {
    pl: 'Mediatora wyznacza się dopiero, gdy wszystkie strony wyraziły zgodę (art. 96d § 1 KPA): najpierw zapisz brakujące zgody.',
    en: 'A mediator is appointed only once every party has consented (KPA art. 96d § 1): record the missing consents first.',
  },
  'mediator-already-appointed': {
    pl: 'Mediator jest już wyznaczony; nowego można wyznaczyć tylko wtedy, gdy obecny odmówi prowadzenia mediacji.',
    en: 'A mediator is already appointed; a new one can be appointed only if they withdraw.',
  },
  'last-administrator': {
    pl: 'To jedyny aktywny administrator: najpierw nadaj komuś innemu rolę administratora, inaczej nikt nie mógłby zarządzać użytkownikami.',
    en: 'This is the only enabled administrator: make another user an administrator first, or no one could manage users.',
    field: 'role',
  },
  'KPA-96g-recused': {
    pl: 'Ten mediator odmówił prowadzenia tej mediacji z powodu wątpliwości co do bezstronności (art. 96g § 2 KPA): wybierz kogoś innego.',
    en: 'This mediator withdrew from this mediation over their impartiality (KPA art. 96g § 2): appoint someone else.',
    field: 'mediatorUserId',
  },
  'KPA-96f-mediator-not-employee': {
    pl: 'Mediatorem nie może być pracownik urzędu, który załatwia sprawę (art. 96f § 3 KPA): wybierz osobę spoza urzędu, np. z listy stałych mediatorów sądu okręgowego.',
    en: 'The mediator may not be an employee of the office handling the case (KPA art. 96f § 3): appoint someone from outside it.',
    field: 'mediatorUserId',
  },
  'KPA-96e-time-limit': {
    pl: 'Termin mediacji (art. 96e KPA) na to nie pozwala: zaplanuj w terminie, przedłuż mediację albo zakończ ją z powodu upływu terminu.',
    en: 'The mediation’s time limit (KPA art. 96e) does not allow this: act within it, extend the mediation, or end it as timed out.',
  },
  'mediator-not-appointed': {
    pl: 'Nie wyznaczono mediatora (albo odmówił prowadzenia mediacji): najpierw wyznacz mediatora (art. 96d KPA).',
    en: 'No mediator is appointed (or the mediator withdrew): appoint the mediator first (KPA art. 96d).',
  },
  'KPA-96e-extension-once': {
    pl: 'Mediację już przedłużono; przepisy pozwalają na jedno przedłużenie (art. 96e § 2 KPA).',
    en: 'The mediation was already extended; the law allows one extension only (KPA art. 96e § 2).',
  },
  'extension-not-later': {
    pl: 'Nowy termin zakończenia musi być późniejszy niż obecny.',
    en: 'The new end must be later than the current one.',
    field: 'newEndsAt',
  },
  'KPA-96e-extension-max': {
    pl: 'Mediację przedłuża się najwyżej o miesiąc (art. 96e § 2 KPA).',
    en: 'A mediation is extended by at most one month (KPA art. 96e § 2).',
    field: 'newEndsAt',
  },
  'KPA-96m-mediator-signature': {
    pl: 'Protokół podpisuje mediator (art. 96m § 2 KPA): podpisz go przed złożeniem.',
    en: 'The protocol carries the mediator’s signature (KPA art. 96m § 2): sign it before filing.',
    field: 'mediatorSigned',
  },
  'protocol-already-filed': {
    pl: 'Protokół z tej mediacji został już złożony.',
    en: 'The protocol of this mediation has already been filed.',
  },
  'KPA-96m-protocol-content': {
    pl: 'Protokół wymienia uczestników, ich podpisy, a przy braku podpisu – jego przyczynę (art. 96m § 2 KPA): uzupełnij protokół.',
    en: 'The protocol names the participants, their signatures, and why a signature is missing (KPA art. 96m § 2): complete the protocol.',
  },
  'KPA-96m-agreement-protocol': {
    pl: 'Porozumienie zapisuje protokół mediatora z ustaleniami (art. 96m, 96n KPA): najpierw złóż protokół.',
    en: 'An agreement is recorded by the mediator’s protocol with its arrangements (KPA art. 96m, 96n): file the protocol first.',
    field: 'result',
  },
  'KPA-96m-3-protocol-not-filed': {
    pl: 'Nie ma jeszcze protokołu do doręczenia: mediator najpierw go składa (art. 96m § 2 KPA), potem doręcza się go uczestnikom (§ 3).',
    en: 'There is no protocol to deliver yet: the mediator files it first (KPA art. 96m § 2), then it is delivered to the participants (§ 3).',
  },
  'KPA-96m-3-not-a-participant': {
    pl: 'Protokół nie wymienia tej osoby jako uczestnika: doręcza się go uczestnikom mediacji (art. 96m § 3 KPA).',
    en: 'The protocol does not name this person as a participant: it is delivered to the participants of the mediation (KPA art. 96m § 3).',
    field: 'partyId',
  },
  'protocol-already-delivered': {
    pl: 'Doręczenie protokołu tej osobie jest już zapisane.',
    en: 'The delivery of the protocol to this person is already recorded.',
    field: 'partyId',
  },
  'delivered-before-protocol': {
    pl: 'Protokołu nie można było doręczyć przed jego złożeniem: sprawdź datę doręczenia.',
    en: 'The protocol cannot have been delivered before it was filed: check the date of delivery.',
    field: 'deliveredAt',
  },
  'KPA-96f-2-list-entry': {
    pl: 'Urząd jest stroną mediacji, więc mediator musi pochodzić z listy (art. 96f § 2 KPA): stałych mediatorów prezesa sądu okręgowego albo listy organizacji. Podaj listę, kto ją prowadzi i numer wpisu.',
    en: 'The office is a party to the mediation, so the mediator must come from a list (KPA art. 96f § 2): a district court’s permanent mediators or an organisation’s list. Give the list, who keeps it and the entry.',
    field: 'listEntry',
  },
  'not-a-party': {
    pl: 'Ta osoba nie jest stroną mediacji: użyj identyfikatorów stron podanych przy propozycji mediacji.',
    en: 'Not a party to this mediation: use the party ids given when the mediation was proposed.',
  },
  'KPA-96b-consent-before-session': {
    pl: 'Posiedzenie może się odbyć dopiero, gdy wszystkie strony wyraziły zgodę na mediację (art. 96b § 3, 96c KPA).',
    en: 'No session before every party has consented to the mediation (KPA art. 96b § 3, 96c).',
  },
  'session-exists': {
    pl: 'Posiedzenie o tym identyfikatorze jest już zaplanowane: nadaj nowemu posiedzeniu własny identyfikator.',
    en: 'A session with this id is already scheduled: give the new session its own id.',
    field: 'sessionId',
  },
  'session-held-in-future': {
    pl: 'Posiedzenie można zapisać jako odbyte dopiero po nim: podana godzina leży w przyszłości.',
    en: 'A session can be recorded as held only once it has taken place: the time given lies in the future.',
    field: 'heldAt',
  },
  'session-already-held': { pl: 'To posiedzenie już się odbyło.', en: 'This session has already taken place.', field: 'sessionId' },
  'session-not-scheduled': {
    pl: 'Takie posiedzenie nie zostało zaplanowane: najpierw je zaplanuj.',
    en: 'No such session is scheduled: schedule it first.',
    field: 'sessionId',
  },
  'session-cancelled': {
    pl: 'To posiedzenie odwołano: zaplanuj nowe.',
    en: 'This session was cancelled: schedule a new one instead.',
    field: 'sessionId',
  },

  // A person's equality data and erasure (RODO)
  'GDPR-9-2-a-consent': {
    pl: 'Odpowiedzi do monitorowania równego traktowania zapisuje się tylko za wyraźną zgodą osoby (art. 9 ust. 2 lit. a RODO).',
    en: 'Equality-monitoring answers are recorded only with the person’s explicit consent (GDPR art. 9(2)(a)).',
    field: 'consent',
  },
  'equality-data-anonymous': {
    pl: 'Skarga jest anonimowa: nie ma osoby, której zgodę można zapisać.',
    en: 'This complaint is anonymous: there is no one whose consent could be recorded.',
  },
  'equality-data-empty': {
    pl: 'Podaj co najmniej jedną odpowiedź („wolę nie odpowiadać” też jest odpowiedzią).',
    en: 'Give at least one answer ("prefer not to say" is an answer too).',
    field: 'answers',
  },
  'equality-data-frozen': {
    pl: 'Dane o równym traktowaniu dla tej skargi już zapisano i pozostają bez zmian. Jeśli zapisano je omyłkowo, wycofaj zgodę.',
    en: 'Equality data for this complaint was already recorded and stays as given. If it was recorded by mistake, withdraw the consent.',
  },
  'equality-data-none': {
    pl: 'Nie zapisano danych o równym traktowaniu: nie ma czego wycofać.',
    en: 'No equality data was recorded: there is nothing to withdraw.',
  },
  'equality-consent-already-withdrawn': {
    pl: 'Zgodę na wykorzystanie tych danych już wycofano.',
    en: 'Consent for this equality data was already withdrawn.',
  },
  'GDPR-17-erased-subject': {
    pl: 'Dane tej osoby usunięto: nie można już o niej nic zapisać.',
    en: 'This person’s data was erased: nothing more can be recorded about them.',
  },
  'GDPR-17-already-erased': { pl: 'Dane tej osoby już usunięto.', en: 'This person’s data was already erased.' },
};
