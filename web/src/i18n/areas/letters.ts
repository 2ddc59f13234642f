/** Letters to the complainant, printed from the case page (KPA art. 36, 237, 238, 239). */
export const pl = {
  letters: {
    link: {
      acknowledgement: 'Potwierdzenie przyjęcia skargi (do druku)',
      supplementSummons: 'Wezwanie do uzupełnienia skargi (do druku)',
      delayNotice: 'Zawiadomienie o przedłużeniu terminu (do druku)',
      forwarding: 'Zawiadomienie o przekazaniu skargi (do druku)',
      answer: 'Odpowiedź na skargę (do druku)',
      requestAnswer: 'Zawiadomienie o sposobie załatwienia wniosku (do druku)',
      unexamined: 'Zawiadomienie o pozostawieniu bez rozpoznania (do druku)',
      request: {
        acknowledgement: 'Potwierdzenie przyjęcia wniosku (do druku)',
        supplementSummons: 'Wezwanie do uzupełnienia wniosku (do druku)',
        delayNotice: 'Zawiadomienie o przedłużeniu terminu rozpatrzenia wniosku (do druku)',
      },
    },
    print: 'Drukuj',
    otherLanguage: 'Wersja angielska',
    otherLanguageCode: 'en',
    back: 'Wróć do sprawy',
    loading: 'Wczytywanie pisma…',
    notFound: 'Nie znaleziono sprawy o tym identyfikatorze.',
    noAddressee:
      'Skarżący nie podał imienia i nazwiska lub adresu (skarga anonimowa) albo jego dane usunięto: pisma nie ma do kogo wysłać.',
    noSupplementSummons: 'W tej sprawie nie wzywano do uzupełnienia skargi, więc nie ma wezwania do wydruku.',
    noDelayNotice: 'W tej sprawie nie przedłużano terminu (art. 36 KPA), więc nie ma zawiadomienia do wydruku.',
    noDecision: 'Skarga nie została jeszcze rozstrzygnięta, więc nie ma odpowiedzi do wydruku.',
    noUnexamined: 'Sprawy nie pozostawiono bez rozpoznania z powodu nieuzupełnienia braków, więc nie ma zawiadomienia do wydruku.',
    noForwarding: 'Skargi nie przekazywano ani nie wskazywano organu właściwego, więc nie ma zawiadomienia do wydruku.',
    caseNumber: 'Znak sprawy: {{number}}',
    date: '{{date}} r.',
    addressee: 'Adresat',
    regards: 'Z poważaniem',
    signature: 'podpis',
    acknowledgement: {
      title: 'Potwierdzenie przyjęcia skargi',
      body: 'Potwierdzamy, że w dniu {{received}} {{office}} przyjął skargę złożoną {{channel}} w sprawie: {{category}}.',
      registered: 'Skarga została wpisana do rejestru skarg pod numerem {{number}}.',
      due: 'Skarga zostanie rozpatrzona, a odpowiedź wysłana, do dnia {{due}} (art. 237 § 1 Kodeksu postępowania administracyjnego).',
      contact: 'W korespondencji prosimy powoływać się na znak sprawy.',
    },
    supplementSummons: {
      title: 'Wezwanie do uzupełnienia skargi',
      legal:
        'Na podstawie § 8 ust. 2 rozporządzenia Rady Ministrów z dnia 8 stycznia 2002 r. w sprawie organizacji przyjmowania i rozpatrywania skarg i wniosków wzywam do wyjaśnienia lub uzupełnienia skargi w sprawie: {{category}}, złożonej w dniu {{received}}, ponieważ nie można należycie ustalić jej przedmiotu.',
      missingTitle: 'Czego brakuje',
      term: 'Wyjaśnienie lub uzupełnienie proszę złożyć w terminie 7 dni od dnia otrzymania niniejszego wezwania.',
      instructionTitle: 'Pouczenie',
    },
    delayNotice: {
      title: 'Zawiadomienie o niezałatwieniu skargi w terminie',
      legal:
        'Na podstawie art. 36 § 1 Kodeksu postępowania administracyjnego zawiadamiam, że skarga w sprawie: {{category}}, złożona w dniu {{received}}, nie zostanie rozpatrzona w terminie do dnia {{previous}}.',
      reasonTitle: 'Przyczyna zwłoki',
      newDateTitle: 'Nowy termin rozpatrzenia skargi',
      newDate: 'Skarga zostanie rozpatrzona do dnia {{date}}.',
      instructionTitle: 'Pouczenie',
    },
    unexamined: {
      title: 'Zawiadomienie o pozostawieniu skargi bez rozpoznania',
      legal:
        'Na podstawie § 8 ust. 2 rozporządzenia Rady Ministrów z dnia 8 stycznia 2002 r. w sprawie organizacji przyjmowania i rozpatrywania skarg i wniosków zawiadamiam, że skarga w sprawie: {{category}}, złożona w dniu {{received}}, została pozostawiona bez rozpoznania.',
      summons:
        'Wezwanie do wyjaśnienia lub uzupełnienia skargi z dnia {{sent}}, doręczone w dniu {{delivered}}, nie zostało wykonane w terminie 7 dni od jego otrzymania, który upłynął w dniu {{due}}.',
      summonsSent: 'Wezwanie do wyjaśnienia lub uzupełnienia skargi z dnia {{sent}} nie zostało wykonane w wyznaczonym terminie.',
      missingTitle: 'Czego dotyczyło wezwanie',
      reasonTitle: 'Uzasadnienie',
    },
    request: {
      noAnswer: 'Wniosek nie został jeszcze załatwiony, więc nie ma zawiadomienia do wydruku.',
      acknowledgement: {
        title: 'Potwierdzenie przyjęcia wniosku',
        body: 'Potwierdzamy, że w dniu {{received}} {{office}} przyjął wniosek złożony {{channel}} w sprawie: {{category}}.',
        registered: 'Wniosek został wpisany do rejestru skarg i wniosków pod numerem {{number}}.',
        due: 'Wniosek zostanie rozpatrzony do dnia {{due}} (art. 244 § 1 w związku z art. 237 § 1 Kodeksu postępowania administracyjnego).',
        contact: 'W korespondencji prosimy powoływać się na znak sprawy.',
      },
      delayNotice: {
        title: 'Zawiadomienie o nierozpatrzeniu wniosku w terminie',
        legal:
          'Zawiadamiam, że wniosek w sprawie: {{category}}, złożony w dniu {{received}}, nie zostanie rozpatrzony w terminie do dnia {{previous}} (art. 244 Kodeksu postępowania administracyjnego).',
        newDateTitle: 'Nowy termin rozpatrzenia wniosku',
        newDate: 'Wniosek zostanie rozpatrzony do dnia {{date}}.',
      },
      supplementSummons: {
        title: 'Wezwanie do uzupełnienia wniosku',
        legal:
          'Na podstawie § 8 ust. 2 rozporządzenia Rady Ministrów z dnia 8 stycznia 2002 r. w sprawie organizacji przyjmowania i rozpatrywania skarg i wniosków wzywam do wyjaśnienia lub uzupełnienia wniosku w sprawie: {{category}}, złożonego w dniu {{received}}, ponieważ nie można należycie ustalić jego przedmiotu.',
        term: 'Wyjaśnienie lub uzupełnienie proszę złożyć w terminie 7 dni od dnia otrzymania niniejszego wezwania.',
      },
      unexamined: {
        summons:
          'Wezwanie do wyjaśnienia lub uzupełnienia wniosku z dnia {{sent}}, doręczone w dniu {{delivered}}, nie zostało wykonane w terminie 7 dni od jego otrzymania, który upłynął w dniu {{due}}.',
        summonsSent: 'Wezwanie do wyjaśnienia lub uzupełnienia wniosku z dnia {{sent}} nie zostało wykonane w wyznaczonym terminie.',
        title: 'Zawiadomienie o pozostawieniu wniosku bez rozpoznania',
        legal:
          'Na podstawie § 8 ust. 2 rozporządzenia Rady Ministrów z dnia 8 stycznia 2002 r. w sprawie organizacji przyjmowania i rozpatrywania skarg i wniosków zawiadamiam, że wniosek w sprawie: {{category}}, złożony w dniu {{received}}, został pozostawiony bez rozpoznania.',
      },
      answer: {
        title: 'Zawiadomienie o sposobie załatwienia wniosku',
        intro: 'Po rozpatrzeniu wniosku w sprawie: {{category}}, złożonego w dniu {{received}}, {{office}} informuje:',
        actionsTitle: 'Podjęte działania',
        reasonsTitle: 'Przyczyny niepodjęcia działań',
        instructionTitle: 'Pouczenie (art. 247 Kodeksu postępowania administracyjnego)',
      },
    },
    forwarding: {
      title: {
        COMPETENT_BODY: 'Zawiadomienie o przekazaniu skargi według właściwości',
        INDICATED: 'Wskazanie organu właściwego do rozpatrzenia skargi',
        LOWER_BODY: 'Zawiadomienie o przekazaniu skargi do rozpatrzenia',
        EMPLOYEE_SUPERIOR: 'Zawiadomienie o przekazaniu skargi do rozpatrzenia',
      },
      legal: {
        COMPETENT_BODY:
          'Na podstawie art. 231 Kodeksu postępowania administracyjnego zawiadamiam, że skarga w sprawie: {{category}}, złożona w dniu {{received}}, została przekazana do rozpatrzenia organowi właściwemu: {{body}}.',
        INDICATED:
          'Na podstawie art. 231 Kodeksu postępowania administracyjnego informuję, że {{office}} nie jest właściwy do rozpatrzenia skargi w sprawie: {{category}}, złożonej w dniu {{received}}. Organem właściwym jest: {{body}}; do niego prosimy skierować skargę.',
        LOWER_BODY:
          'Na podstawie art. 232 § 1 Kodeksu postępowania administracyjnego zawiadamiam, że skarga w sprawie: {{category}}, złożona w dniu {{received}}, została przekazana do rozpatrzenia: {{body}}.',
        EMPLOYEE_SUPERIOR:
          'Na podstawie art. 232 Kodeksu postępowania administracyjnego zawiadamiam, że skarga w sprawie: {{category}}, złożona w dniu {{received}}, dotycząca pracownika, została przekazana do rozpatrzenia jego przełożonemu: {{body}}.',
      },
      reasonTitle: 'Uzasadnienie',
      noticeTitle: 'Informacja dla skarżącego',
      dataTitle: 'Informacja o przetwarzaniu danych osobowych',
    },
    answer: {
      title: 'Zawiadomienie o sposobie załatwienia skargi',
      intro: 'Po rozpatrzeniu skargi w sprawie: {{category}}, złożonej w dniu {{received}}, {{office}} informuje:',
      outcome: {
        UPHELD: 'Skarga została uwzględniona.',
        PARTLY_UPHELD: 'Skarga została uwzględniona w części.',
        NOT_UPHELD: 'Skarga nie została uwzględniona.',
      },
      factualTitle: 'Uzasadnienie faktyczne',
      legalTitle: 'Uzasadnienie prawne',
      remediesTitle: 'Sposób naprawienia',
      instructionTitle: 'Pouczenie (art. 239 Kodeksu postępowania administracyjnego)',
      none: 'brak',
    },
  },
};

export const en = {
  letters: {
    link: {
      acknowledgement: 'Acknowledgement of the complaint (to print)',
      supplementSummons: 'Summons to supplement the complaint (to print)',
      delayNotice: 'Notice of a new deadline (to print)',
      forwarding: 'Notice that the complaint was forwarded (to print)',
      answer: 'Answer to the complaint (to print)',
      requestAnswer: 'Notice of how the request was dealt with (to print)',
      unexamined: 'Notice that the case was left unexamined (to print)',
      request: {
        acknowledgement: 'Acknowledgement of the request (to print)',
        supplementSummons: 'Summons to supplement the request (to print)',
        delayNotice: 'Notice of a new deadline for the request (to print)',
      },
    },
    print: 'Print',
    otherLanguage: 'Polish version',
    otherLanguageCode: 'pl',
    back: 'Back to the case',
    loading: 'Loading the letter…',
    notFound: 'No case with this id.',
    noAddressee:
      'The complainant gave no name or address (an anonymous complaint), or their data was erased: there is no one to send the letter to.',
    noSupplementSummons: 'No summons to supplement the complaint was sent in this case, so there is nothing to print.',
    noDelayNotice:
      'The deadline of this case was not extended (art. 36 of the Code of Administrative Procedure), so there is no notice to print.',
    noDecision: 'The complaint has not been decided yet, so there is no answer to print.',
    noUnexamined: 'The case was not left unexamined for want of a supplement, so there is no notice to print.',
    noForwarding: 'The complaint was not forwarded, nor the competent body indicated, so there is no notice to print.',
    caseNumber: 'Case reference: {{number}}',
    date: '{{date}}',
    addressee: 'To',
    regards: 'Yours faithfully',
    signature: 'signature',
    acknowledgement: {
      title: 'Acknowledgement of your complaint',
      body: 'We confirm that on {{received}} {{office}} received your complaint, submitted {{channel}}, about: {{category}}.',
      registered: 'The complaint has been entered in the register of complaints under number {{number}}.',
      due: 'The complaint will be examined and answered by {{due}} (art. 237 § 1 of the Code of Administrative Procedure).',
      contact: 'Please quote the case reference in any correspondence.',
    },
    supplementSummons: {
      title: 'Summons to supplement your complaint',
      legal:
        'Under § 8(2) of the Council of Ministers’ regulation of 8 January 2002 on receiving and handling complaints and requests, I ask you to explain or supplement your complaint about: {{category}}, submitted on {{received}}, as its subject cannot be properly established.',
      missingTitle: 'What is missing',
      term: 'Please send the explanation or supplement within 7 days of receiving this summons.',
      instructionTitle: 'Information on your rights',
    },
    delayNotice: {
      title: 'Notice that your complaint will not be dealt with on time',
      legal:
        'Under art. 36 § 1 of the Code of Administrative Procedure I give notice that the complaint about: {{category}}, submitted on {{received}}, will not be dealt with by {{previous}}.',
      reasonTitle: 'Reason for the delay',
      newDateTitle: 'New deadline',
      newDate: 'The complaint will be dealt with by {{date}}.',
      instructionTitle: 'Information on your rights',
    },
    unexamined: {
      title: 'Notice that your complaint was left unexamined',
      legal:
        'Under § 8(2) of the Council of Ministers’ regulation of 8 January 2002 on receiving and handling complaints and requests I give notice that the complaint about: {{category}}, submitted on {{received}}, has been left unexamined.',
      summons:
        'The summons to explain or supplement the complaint of {{sent}}, delivered on {{delivered}}, was not complied with within 7 days of its receipt, a term that ended on {{due}}.',
      summonsSent: 'The summons to explain or supplement the complaint of {{sent}} was not complied with in time.',
      missingTitle: 'What the summons asked for',
      reasonTitle: 'Reasons',
    },
    request: {
      noAnswer: 'The request has not been answered yet, so there is no notice to print.',
      acknowledgement: {
        title: 'Acknowledgement of your request',
        body: 'We confirm that on {{received}} {{office}} received your request, submitted {{channel}}, about: {{category}}.',
        registered: 'The request has been entered in the register of complaints and requests under number {{number}}.',
        due: 'The request will be dealt with by {{due}} (art. 244 § 1 with art. 237 § 1 of the Code of Administrative Procedure).',
        contact: 'Please quote the case reference in any correspondence.',
      },
      delayNotice: {
        title: 'Notice that your request will not be dealt with on time',
        legal:
          'I give notice that the request about: {{category}}, submitted on {{received}}, will not be dealt with by {{previous}} (art. 244 of the Code of Administrative Procedure).',
        newDateTitle: 'New deadline',
        newDate: 'The request will be dealt with by {{date}}.',
      },
      supplementSummons: {
        title: 'Summons to supplement your request',
        legal:
          'Under § 8(2) of the Council of Ministers’ regulation of 8 January 2002 on receiving and handling complaints and requests, I ask you to explain or supplement your request about: {{category}}, submitted on {{received}}, as its subject cannot be properly established.',
        term: 'Please send the explanation or supplement within 7 days of receiving this summons.',
      },
      unexamined: {
        summons:
          'The summons to explain or supplement the request of {{sent}}, delivered on {{delivered}}, was not complied with within 7 days of its receipt, a term that ended on {{due}}.',
        summonsSent: 'The summons to explain or supplement the request of {{sent}} was not complied with in time.',
        title: 'Notice that your request was left unexamined',
        legal:
          'Under § 8(2) of the Council of Ministers’ regulation of 8 January 2002 on receiving and handling complaints and requests I give notice that the request about: {{category}}, submitted on {{received}}, has been left unexamined.',
      },
      answer: {
        title: 'Notice of how your request was dealt with',
        intro: 'Having examined the request about: {{category}}, submitted on {{received}}, {{office}} informs you:',
        actionsTitle: 'Actions taken',
        reasonsTitle: 'Reasons for not taking action',
        instructionTitle: 'Information under art. 247 of the Code of Administrative Procedure',
      },
    },
    forwarding: {
      title: {
        COMPETENT_BODY: 'Notice that your complaint was forwarded to the competent body',
        INDICATED: 'The body competent to examine your complaint',
        LOWER_BODY: 'Notice that your complaint was passed on for examination',
        EMPLOYEE_SUPERIOR: 'Notice that your complaint was passed on for examination',
      },
      legal: {
        COMPETENT_BODY:
          'Under art. 231 of the Code of Administrative Procedure I give notice that the complaint about: {{category}}, submitted on {{received}}, was forwarded to the competent body: {{body}}.',
        INDICATED:
          'Under art. 231 of the Code of Administrative Procedure I inform you that {{office}} is not competent to examine the complaint about: {{category}}, submitted on {{received}}. The competent body is: {{body}}; please send your complaint there.',
        LOWER_BODY:
          'Under art. 232 § 1 of the Code of Administrative Procedure I give notice that the complaint about: {{category}}, submitted on {{received}}, was passed for examination to: {{body}}.',
        EMPLOYEE_SUPERIOR:
          'Under art. 232 of the Code of Administrative Procedure I give notice that the complaint about: {{category}}, submitted on {{received}}, concerning an employee, was passed for examination to their superior: {{body}}.',
      },
      reasonTitle: 'Reasons',
      noticeTitle: 'Information for the complainant',
      dataTitle: 'Information on the processing of personal data',
    },
    answer: {
      title: 'Notice of how your complaint was dealt with',
      intro: 'Having examined the complaint about: {{category}}, submitted on {{received}}, {{office}} informs you:',
      outcome: {
        UPHELD: 'The complaint has been upheld.',
        PARTLY_UPHELD: 'The complaint has been partly upheld.',
        NOT_UPHELD: 'The complaint has not been upheld.',
      },
      factualTitle: 'Factual grounds',
      legalTitle: 'Legal grounds',
      remediesTitle: 'Remedies',
      instructionTitle: 'Information under art. 239 of the Code of Administrative Procedure',
      none: 'none',
    },
  },
};
