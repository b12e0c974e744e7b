<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>QObject</name>
    <message>
        <source>Print preview – %1</source>
        <translation>Forhåndsvisning – %1</translation>
    </message>
    <message>
        <source>Fellesvedtak</source>
        <translation>Fellesvedtak</translation>
    </message>
    <message>
        <source>The case database could not be opened.

%1</source>
        <translation>Saksdatabasen kunne ikke åpnes.

%1</translation>
    </message>
    <message>
        <source>There is no case %1 in this database.</source>
        <translation>Det finnes ingen sak %1 i denne databasen.</translation>
    </message>
</context>
<context>
    <name>fv::Appeal</name>
    <message>
        <source>Late: to be considered or rejected</source>
        <translation>For sent: skal behandles likevel eller avvises</translation>
    </message>
    <message>
        <source>Being prepared</source>
        <translation>Under forberedelse</translation>
    </message>
    <message>
        <source>Reversed by HDS</source>
        <translation>Omgjort av HDS</translation>
    </message>
    <message>
        <source>Forwarded to the appeal body</source>
        <translation>Sendt til klageinstansen</translation>
    </message>
    <message>
        <source>Decided by the appeal body</source>
        <translation>Avgjort av klageinstansen</translation>
    </message>
    <message>
        <source>Rejected as too late</source>
        <translation>Avvist fordi den kom for sent</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Trukket</translation>
    </message>
    <message>
        <source>No result yet</source>
        <translation>Ikke avgjort ennå</translation>
    </message>
    <message>
        <source>Upheld</source>
        <translation>Opprettholdt</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Omgjort</translation>
    </message>
    <message>
        <source>Partly reversed</source>
        <translation>Delvis omgjort</translation>
    </message>
    <message>
        <source>Sent back for new consideration</source>
        <translation>Sendt tilbake til ny behandling</translation>
    </message>
    <message>
        <source>Give the day the appeal was received</source>
        <translation>Oppgi datoen klagen kom inn</translation>
    </message>
    <message>
        <source>%1 is in the future: register the appeal when it has come in</source>
        <translation>%1 er fram i tid: registrer klagen når den har kommet inn</translation>
    </message>
    <message>
        <source>The appeal cannot be received on %1, before the letter it contests was sent (%2)</source>
        <translation>Klagen kan ikke være mottatt %1, før brevet den klager på ble sendt (%2)</translation>
    </message>
    <message>
        <source>The appeal cannot be posted on %1, after it was received (%2)</source>
        <translation>Klagen kan ikke være postlagt %1, etter at den kom inn (%2)</translation>
    </message>
    <message>
        <source>Say who appeals: the appellant&apos;s name is required</source>
        <translation>Oppgi hvem som klager: navnet på klageren må fylles ut</translation>
    </message>
    <message>
        <source>Say what the appeal contests</source>
        <translation>Oppgi hva klagen gjelder</translation>
    </message>
    <message>
        <source>Give the appeal&apos;s text or attach the appeal as a file</source>
        <translation>Skriv inn klagen eller legg den ved som fil</translation>
    </message>
    <message>
        <source>Give the reason the late appeal is rejected: it is a decision and needs reasons</source>
        <translation>Oppgi hvorfor den for sene klagen avvises: avvisningen er et vedtak og skal begrunnes</translation>
    </message>
    <message>
        <source>State HDS&apos;s view of the appeal: the forwarding letter needs it</source>
        <translation>Skriv HDS&apos; syn på klagen: det skal stå i oversendelsesbrevet</translation>
    </message>
    <message>
        <source>The appellant&apos;s time to comment must be 1 to 90 days, not %1</source>
        <translation>Klagerens frist for merknader må være 1 til 90 dager, ikke %1</translation>
    </message>
    <message>
        <source>Say what the appeal body decided</source>
        <translation>Oppgi hva klageinstansen bestemte</translation>
    </message>
    <message>
        <source>Give the day of the appeal body&apos;s decision</source>
        <translation>Oppgi datoen for klageinstansens vedtak</translation>
    </message>
    <message>
        <source>%1 is in the future: record the result when it has come</source>
        <translation>%1 er fram i tid: registrer resultatet når det har kommet</translation>
    </message>
    <message>
        <source>%1 is before the appeal was forwarded (%2)</source>
        <translation>%1 er før klagen ble sendt til klageinstansen (%2)</translation>
    </message>
    <message>
        <source>%1 is in the future: record the withdrawal when it has come in</source>
        <translation>%1 er fram i tid: registrer tilbaketrekkingen når den har kommet inn</translation>
    </message>
    <message>
        <source>The appeal cannot be withdrawn on %1, before it was received (%2)</source>
        <translation>Klagen kan ikke trekkes tilbake %1, før den ble mottatt (%2)</translation>
    </message>
</context>
<context>
    <name>fv::AppealPage</name>
    <message>
        <source>The appeal&apos;s text</source>
        <translation>Klagens tekst</translation>
    </message>
    <message>
        <source>Register appeal</source>
        <translation>Registrer klage</translation>
    </message>
    <message>
        <source>Consider anyway (§ 31)</source>
        <translation>Behandle likevel (§ 31)</translation>
    </message>
    <message>
        <source>Reject as too late</source>
        <translation>Avvis som for sen</translation>
    </message>
    <message>
        <source>Reverse the decision</source>
        <translation>Omgjør vedtaket</translation>
    </message>
    <message>
        <source>Reverse in part</source>
        <translation>Omgjør delvis</translation>
    </message>
    <message>
        <source>HDS&apos;s view of the appeal</source>
        <translation>HDS&apos; syn på klagen</translation>
    </message>
    <message>
        <source>Uphold and forward</source>
        <translation>Oppretthold og send til klageinstansen</translation>
    </message>
    <message>
        <source>Record result</source>
        <translation>Registrer resultat</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>Klage</translation>
    </message>
    <message>
        <source>Appeals against the decision</source>
        <translation>Klager på vedtaket</translation>
    </message>
    <message>
        <source>Register an appeal</source>
        <translation>Registrer en klage</translation>
    </message>
    <message>
        <source>Day the appeal was received</source>
        <translation>Datoen klagen kom inn</translation>
    </message>
    <message>
        <source>Day the appeal was posted</source>
        <translation>Datoen klagen ble postlagt</translation>
    </message>
    <message>
        <source>If known: an appeal posted by the last day is in time (fvl § 30)</source>
        <translation>Hvis kjent: en klage som er postlagt innen fristen, er kommet i tide (fvl. § 30)</translation>
    </message>
    <message>
        <source>Appellant</source>
        <translation>Klager</translation>
    </message>
    <message>
        <source>What the appeal contests</source>
        <translation>Hva klagen gjelder</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>Mottatt:</translation>
    </message>
    <message>
        <source>Posted on:</source>
        <translation>Postlagt:</translation>
    </message>
    <message>
        <source>Appellant:</source>
        <translation>Klager:</translation>
    </message>
    <message>
        <source>Contests:</source>
        <translation>Gjelder:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Tekst:</translation>
    </message>
    <message>
        <source>Deal with the appeal</source>
        <translation>Behandle klagen</translation>
    </message>
    <message>
        <source>Reason for considering or rejecting a late appeal</source>
        <translation>Begrunnelse for å behandle eller avvise en for sen klage</translation>
    </message>
    <message>
        <source>Late appeal:</source>
        <translation>For sen klage:</translation>
    </message>
    <message>
        <source>HDS changes its decision:</source>
        <translation>HDS endrer vedtaket:</translation>
    </message>
    <message>
        <source>HDS upholds it:</source>
        <translation>HDS opprettholder vedtaket:</translation>
    </message>
    <message>
        <source>The appeal body&apos;s result</source>
        <translation>Klageinstansens resultat</translation>
    </message>
    <message>
        <source>Day of the appeal body&apos;s decision</source>
        <translation>Datoen for klageinstansens vedtak</translation>
    </message>
    <message>
        <source>The appeal body&apos;s reference</source>
        <translation>Klageinstansens referanse</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referanse</translation>
    </message>
    <message>
        <source>The appeal body&apos;s result:</source>
        <translation>Klageinstansens resultat:</translation>
    </message>
    <message>
        <source>Choose a case in the list.</source>
        <translation>Velg en sak i listen.</translation>
    </message>
    <message numerus="yes">
        <source>No appeal is registered. The last day to appeal is three weeks after the letter reached the party (the letter&apos;s date plus %n day(s) by post), moved to the next working day.</source>
        <translation>
            <numerusform>Ingen klage er registrert. Klagefristen er tre uker etter at brevet kom fram til parten (brevets dato pluss %n dag i posten), flyttet til neste virkedag.</numerusform>
            <numerusform>Ingen klage er registrert. Klagefristen er tre uker etter at brevet kom fram til parten (brevets dato pluss %n dager i posten), flyttet til neste virkedag.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, received %2: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, mottatt %2: %3</translation>
    </message>
    <message>
        <source>in time</source>
        <translation>i tide</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#b01c1c&quot;&gt;late&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#b01c1c&quot;&gt;for sent&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Letter of %1 (decision %2); last day to appeal %3: %4</source>
        <translation>Brev av %1 (vedtak %2); klagefrist %3: %4</translation>
    </message>
    <message>
        <source>State: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Status: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>To be prepared by %1 (§ 33)</source>
        <translation>Skal være forberedt innen %1 (§ 33)</translation>
    </message>
    <message>
        <source>Reversed by decision version %1</source>
        <translation>Omgjort ved vedtaksversjon %1</translation>
    </message>
    <message>
        <source>Forwarded to %1 on %2; the appellant may comment until %3</source>
        <translation>Sendt til %1 %2; klageren kan komme med merknader til %3</translation>
    </message>
    <message>
        <source>Result: %1 on %2 %3</source>
        <translation>Resultat: %1 %2 %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write it as dd.mm.yyyy</source>
        <translation>«%1» er ikke en dato: skriv den som dd.mm.åååå</translation>
    </message>
    <message>
        <source>The appeal is registered, in time; the case is back under assessment.</source>
        <translation>Klagen er registrert og kom i tide; saken er tilbake til vurdering.</translation>
    </message>
    <message>
        <source>The appeal is registered as late: consider it anyway or reject it.</source>
        <translation>Klagen er registrert som for sen: behandle den likevel eller avvis den.</translation>
    </message>
    <message>
        <source>The late appeal will be considered.</source>
        <translation>Den for sene klagen blir behandlet.</translation>
    </message>
    <message>
        <source>The late appeal is rejected; send the rejection letter.</source>
        <translation>Den for sene klagen er avvist; send avvisningsbrevet.</translation>
    </message>
    <message>
        <source>Decision version %1 is drafted; edit it, submit it and have it approved.</source>
        <translation>Vedtaksversjon %1 er laget som utkast; rediger den, send den til godkjenning og få den godkjent.</translation>
    </message>
    <message>
        <source>The appeal is forwarded; send the forwarding letter and the copy to the appellant.</source>
        <translation>Klagen er sendt til klageinstansen; send oversendelsesbrevet og kopien til klageren.</translation>
    </message>
    <message>
        <source>The appeal body&apos;s result is recorded.</source>
        <translation>Klageinstansens resultat er registrert.</translation>
    </message>
    <message>
        <source>Withdrawn today</source>
        <translation>Trukket tilbake i dag</translation>
    </message>
    <message>
        <source>The appellant has withdrawn the appeal: the decision stands</source>
        <translation>Klageren har trukket klagen tilbake: vedtaket står seg</translation>
    </message>
    <message>
        <source>The appellant withdraws it:</source>
        <translation>Klageren trekker den tilbake:</translation>
    </message>
    <message>
        <source>The appeal is withdrawn; the decision stands.</source>
        <translation>Klagen er trukket tilbake; vedtaket står seg.</translation>
    </message>
    <message>
        <source>The appeal as received (never health data)</source>
        <translation>Klagen slik den kom inn (aldri helseopplysninger)</translation>
    </message>
    <message>
        <source>Attach the appeal as a file</source>
        <translation>Legg ved klagen som fil</translation>
    </message>
    <message>
        <source>The appeal body&apos;s decision as received</source>
        <translation>Klageinstansens vedtak slik det kom inn</translation>
    </message>
    <message>
        <source>Attach the appeal body&apos;s decision as a file</source>
        <translation>Legg ved klageinstansens vedtak som fil</translation>
    </message>
    <message>
        <source>Record its decision as a new version</source>
        <translation>Registrer vedtaket som ny versjon</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <source>Its decision:</source>
        <translation>Vedtaket:</translation>
    </message>
    <message>
        <source>Record the appeal body&apos;s decision as a new decision version</source>
        <translation>Registrer klageinstansens vedtak som ny vedtaksversjon</translation>
    </message>
    <message>
        <source>The appeal body reversed the decision: draft a new decision version from the current one, to be approved by another person</source>
        <translation>Klageinstansen har omgjort vedtaket: lag en ny vedtaksversjon ut fra den gjeldende, som en annen person godkjenner</translation>
    </message>
    <message>
        <source>The appeal body reversed it:</source>
        <translation>Klageinstansen har omgjort det:</translation>
    </message>
    <message>
        <source>The appeal body&apos;s decision is recorded as decision version %1</source>
        <translation>Klageinstansens vedtak er registrert som vedtaksversjon %1</translation>
    </message>
    <message>
        <source>The appeal body&apos;s result is recorded. It changes what the registry managers deliver: record its decision as a new decision version.</source>
        <translation>Klageinstansens resultat er registrert. Det endrer det registerforvalterne skal utlevere: registrer vedtaket som en ny vedtaksversjon.</translation>
    </message>
    <message>
        <source>Decision version %1 is drafted from the current one to record the appeal body&apos;s decision; make it match that decision, submit it and have it approved by another person. Then send the registry notices.</source>
        <translation>Vedtaksversjon %1 er laget ut fra den gjeldende for å registrere klageinstansens vedtak. Gjør den lik det vedtaket, send den til godkjenning og få den godkjent av en annen person. Send deretter meldingene til registerforvalterne.</translation>
    </message>
</context>
<context>
    <name>fv::Application</name>
    <message>
        <source>line %1, column %2</source>
        <translation>linje %1, kolonne %2</translation>
    </message>
    <message>
        <source>the file is empty (expected a JSON object)</source>
        <translation>filen er tom (forventet et JSON-objekt)</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text (invalid byte 0x%1 at %2)</source>
        <translation>filen er ikke gyldig UTF-8-tekst (ugyldig byte 0x%1 på %2)</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level; the file begins with: </source>
        <translation>forventet et JSON-objekt øverst; filen begynner med: </translation>
    </message>
    <message>
        <source>%1: invalid JSON: %2</source>
        <translation>%1: ugyldig JSON: %2</translation>
    </message>
    <message>
        <source>the file is larger than 10 MB; an application is far smaller (see APPLICATION-LIMITS)</source>
        <translation>filen er større enn 10 MB; en søknad er langt mindre (se APPLICATION-LIMITS)</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level, got %1</source>
        <translation>forventet et JSON-objekt øverst, fikk %1</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>en liste</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>noe annet</translation>
    </message>
    <message>
        <source>one of </source>
        <translation>én av </translation>
    </message>
    <message>
        <source>a string</source>
        <translation>en tekst</translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD)</source>
        <translation>en dato (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true eller false</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>et objekt</translation>
    </message>
    <message>
        <source>expected a string, got </source>
        <translation>forventet en tekst, fikk </translation>
    </message>
    <message>
        <source>unknown value %1 (expected %2)</source>
        <translation>ukjent verdi %1 (forventet %2)</translation>
    </message>
    <message>
        <source>missing required key %1 (expected %2)</source>
        <translation>den påkrevde nøkkelen %1 mangler (forventet %2)</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>forventet %1, fikk %2</translation>
    </message>
    <message>
        <source>%1 is not a date in the form YYYY-MM-DD</source>
        <translation>%1 er ikke en dato på formen ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>%1 is not a calendar date</source>
        <translation>%1 er ikke en dato som finnes</translation>
    </message>
    <message>
        <source>unknown key %1 (expected one of %2, or an &quot;x-&quot; key)</source>
        <translation>ukjent nøkkel %1 (forventet én av %2, eller en «x-»-nøkkel)</translation>
    </message>
    <message>
        <source>expected an object, got </source>
        <translation>forventet et objekt, fikk </translation>
    </message>
    <message>
        <source>a letter a to f</source>
        <translation>en bokstav fra a til f</translation>
    </message>
    <message>
        <source>a letter a to j</source>
        <translation>en bokstav fra a til j</translation>
    </message>
    <message>
        <source>unsupported format %1 (expected &quot;%2&quot;)</source>
        <translation>formatet %1 støttes ikke (forventet «%2»)</translation>
    </message>
    <message>
        <source>the file holds a NUL byte (U+0000), which is not text; the file is damaged or not a JSON text file</source>
        <translation>filen inneholder en NUL-byte (U+0000), som ikke er tekst; filen er skadet eller ikke en JSON-tekstfil</translation>
    </message>
    <message>
        <source>the key %1 appears more than once in this object; each key may appear only once</source>
        <translation>nøkkelen %1 står mer enn én gang i dette objektet; hver nøkkel kan bare stå én gang</translation>
    </message>
    <message>
        <source>the text holds a NUL character (U+0000), which is not allowed in an application</source>
        <translation>teksten inneholder et NUL-tegn (U+0000), som ikke er tillatt i en søknad</translation>
    </message>
    <message>
        <source>the text holds a raw control character (U+%1); a line break or tab must be written escaped (\n, \t)</source>
        <translation>teksten inneholder et rått kontrolltegn (U+%1); linjeskift og tabulator må skrives med escape-tegn (
, 	)</translation>
    </message>
    <message>
        <source>the text holds a lone UTF-16 surrogate (\u%1), which is not a character; it would be stored as a different character</source>
        <translation>teksten inneholder et enslig UTF-16-surrogat (\u%1), som ikke er et tegn; det ville blitt lagret som et annet tegn</translation>
    </message>
    <message>
        <source>the text is %1 characters long; this field holds at most %2 (the limits of an application are listed in APPLICATION-LIMITS)</source>
        <translation>teksten er %1 tegn lang; dette feltet kan ha høyst %2 (grensene for en søknad står i APPLICATION-LIMITS)</translation>
    </message>
    <message>
        <source>the list has %1 items; it holds at most %2 (the limits of an application are listed in APPLICATION-LIMITS)</source>
        <translation>listen har %1 elementer; den kan ha høyst %2 (grensene for en søknad står i APPLICATION-LIMITS)</translation>
    </message>
    <message>
        <source>%1 is outside the possible dates for this field (%2 to %3)</source>
        <translation>%1 er utenfor de mulige datoene for dette feltet (%2 til %3)</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>en sannhetsverdi</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>et tall</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ingenting</translation>
    </message>
    <message>
        <source>the case has no application</source>
        <translation>saken har ingen søknad</translation>
    </message>
    <message>
        <source>required unless identifiability is &quot;anonymous&quot;</source>
        <translation>påkrevd med mindre identifiability er «anonymous»</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>kan ikke være tom</translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD) is required</source>
        <translation>en dato (ÅÅÅÅ-MM-DD) er påkrevd</translation>
    </message>
    <message>
        <source>(expected one of %1)</source>
        <translation>(forventet én av %1)</translation>
    </message>
    <message>
        <source>must not be empty </source>
        <translation>kan ikke være tom </translation>
    </message>
    <message>
        <source>unknown %1 %2 %3</source>
        <translation>ukjent %1 %2 %3</translation>
    </message>
    <message>
        <source>%1 is not a case number of the form YY/NNNNN (e.g. 26/00012)</source>
        <translation>%1 er ikke et saksnummer på formen ÅÅ/NNNNN (f.eks. 26/00012)</translation>
    </message>
    <message>
        <source>our case number of the decision being changed, e.g. 26/00012</source>
        <translation>vårt saksnummer for vedtaket som endres, f.eks. 26/00012</translation>
    </message>
    <message>
        <source>what the change is</source>
        <translation>hva endringen går ut på</translation>
    </message>
    <message>
        <source>required when kind is &quot;change&quot; (%1)</source>
        <translation>påkrevd når kind er «change» (%1)</translation>
    </message>
    <message>
        <source>not allowed when kind is &quot;new&quot; (only a change application has it)</source>
        <translation>ikke tillatt når kind er «new» (bare en endringssøknad har dette)</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>formål</translation>
    </message>
    <message>
        <source>%1 must be after project.start (%2)</source>
        <translation>%1 må være etter project.start (%2)</translation>
    </message>
    <message>
        <source>%1 must be on or after project.end (%2)</source>
        <translation>%1 må være samme dag som eller etter project.end (%2)</translation>
    </message>
    <message>
        <source>does not look like an email address (expected e.g. name@example.no)</source>
        <translation>ser ikke ut som en e-postadresse (forventet f.eks. navn@example.no)</translation>
    </message>
    <message>
        <source>%1 is not an organisation number (expected 9 digits)</source>
        <translation>%1 er ikke et organisasjonsnummer (forventet 9 sifre)</translation>
    </message>
    <message>
        <source>%1 is not a valid organisation number (the MOD11 check digit does not match)</source>
        <translation>%1 er ikke et gyldig organisasjonsnummer (MOD11-kontrollsifferet stemmer ikke)</translation>
    </message>
    <message>
        <source>%1 is not a Norwegian postal code (expected 4 digits)</source>
        <translation>%1 er ikke et norsk postnummer (forventet 4 sifre)</translation>
    </message>
    <message>
        <source> (true or false)</source>
        <translation> (true eller false)</translation>
    </message>
    <message>
        <source>required for purpose &quot;medical-health-research&quot; unless identifiability is &quot;anonymous&quot; (an object with reference and approvedOn)</source>
        <translation>påkrevd for formålet «medical-health-research» med mindre identifiability er «anonymous» (et objekt med reference og approvedOn)</translation>
    </message>
    <message>
        <source>%1 (expected one of %2)</source>
        <translation>%1 (forventet én av %2)</translation>
    </message>
    <message>
        <source>value</source>
        <translation>verdi</translation>
    </message>
    <message>
        <source>required when identifiability is &quot;directly-identifiable&quot; (the special reasons)</source>
        <translation>påkrevd når identifiability er «directly-identifiable» (de særlige grunnene)</translation>
    </message>
    <message>
        <source>at least one person with access is required</source>
        <translation>minst én person med tilgang er påkrevd</translation>
    </message>
    <message>
        <source>at least one data source is required</source>
        <translation>minst én datakilde er påkrevd</translation>
    </message>
    <message>
        <source>at least one variable is required</source>
        <translation>minst én variabel er påkrevd</translation>
    </message>
    <message>
        <source>registry code</source>
        <translation>registerkode</translation>
    </message>
    <message>
        <source>registry %1 is listed more than once (also in %2); each registry may appear only once</source>
        <translation>registeret %1 står mer enn én gang (også i %2); hvert register kan bare stå én gang</translation>
    </message>
    <message>
        <source>%1 must not be before periodFrom (%2)</source>
        <translation>%1 kan ikke være før periodFrom (%2)</translation>
    </message>
    <message>
        <source>attachment kind</source>
        <translation>vedleggstype</translation>
    </message>
    <message>
        <source>%1 is not a SHA-256 digest (expected 64 hexadecimal characters)</source>
        <translation>%1 er ikke en SHA-256-sjekksum (forventet 64 heksadesimale tegn)</translation>
    </message>
    <message>
        <source>the case lists no attachment named %1</source>
        <translation>saken har ikke noe vedlegg som heter %1</translation>
    </message>
    <message>
        <source>%1 is listed, but the file itself has not been attached</source>
        <translation>%1 er oppgitt, men selve filen er ikke lagt ved</translation>
    </message>
    <message>
        <source>the stored %1 does not match its SHA-256: the database is damaged</source>
        <translation>den lagrede filen %1 stemmer ikke med SHA-256-summen sin: databasen er skadet</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Ingen database er åpen.</translation>
    </message>
    <message>
        <source>The database is open read-only.</source>
        <translation>Databasen er åpnet skrivebeskyttet.</translation>
    </message>
    <message>
        <source>an object is not closed with }, or a comma is missing in it</source>
        <translation>et objekt er ikke avsluttet med }, eller det mangler et komma i det</translation>
    </message>
    <message>
        <source>a colon is missing after a name</source>
        <translation>det mangler kolon etter et navn</translation>
    </message>
    <message>
        <source>a list is not closed with ], or a comma is missing in it</source>
        <translation>en liste er ikke avsluttet med ], eller det mangler et komma i den</translation>
    </message>
    <message>
        <source>a comma is missing between values</source>
        <translation>det mangler komma mellom to verdier</translation>
    </message>
    <message>
        <source>a value is not valid</source>
        <translation>en verdi er ugyldig</translation>
    </message>
    <message>
        <source>the file ends in the middle of a number</source>
        <translation>filen slutter midt i et tall</translation>
    </message>
    <message>
        <source>a number is not valid</source>
        <translation>et tall er ugyldig</translation>
    </message>
    <message>
        <source>a backslash sequence in a text is not valid</source>
        <translation>en skråstrek-sekvens (\…) i en tekst er ugyldig</translation>
    </message>
    <message>
        <source>a text is not valid UTF-8</source>
        <translation>en tekst er ikke gyldig UTF-8</translation>
    </message>
    <message>
        <source>a text is not closed with &quot;</source>
        <translation>en tekst er ikke avsluttet med &quot;</translation>
    </message>
    <message>
        <source>a name in quotes is missing after a comma</source>
        <translation>det mangler et navn i anførselstegn etter et komma</translation>
    </message>
    <message>
        <source>the objects and lists are nested too deeply</source>
        <translation>objektene og listene ligger for mange nivåer inni hverandre</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>filen er for stor</translation>
    </message>
    <message>
        <source>there is more text after the end of the object</source>
        <translation>det står mer tekst etter slutten av objektet</translation>
    </message>
    <message>
        <source>a syntax error</source>
        <translation>en syntaksfeil</translation>
    </message>
    <message>
        <source>the text holds an invisible character that changes the writing direction (U+%1); it could make the text read in another order than it is written, so it is not allowed in an application</source>
        <translation>teksten inneholder et usynlig tegn som endrer skriveretningen (U+%1); det kan få teksten til å leses i en annen rekkefølge enn den er skrevet, og er derfor ikke tillatt i en søknad</translation>
    </message>
    <message>
        <source>The file is %1 MB; attachments may be at most %2 MB</source>
        <translation>Filen er på %1 MB; vedlegg kan være på høyst %2 MB</translation>
    </message>
    <message>
        <source>The file is empty</source>
        <translation>Filen er tom</translation>
    </message>
    <message>
        <source>The file&apos;s SHA-256 is %1, but the application lists %2 for %3: it is not the file the applicant sent</source>
        <translation>Filens SHA-256 er %1, men søknaden oppgir %2 for %3: det er ikke filen søkeren sendte</translation>
    </message>
    <message>
        <source>The application lists no attachment with this content (listed: %1)</source>
        <translation>Søknaden oppgir ikke noe vedlegg med dette innholdet (oppgitt: %1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
</context>
<context>
    <name>fv::ApplicationChoices</name>
    <message>
        <source>Medical and health research</source>
        <translation>Medisinsk og helsefaglig forskning</translation>
    </message>
    <message>
        <source>Other research</source>
        <translation>Annen forskning</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistikk</translation>
    </message>
    <message>
        <source>Health analysis</source>
        <translation>Helseanalyse</translation>
    </message>
    <message>
        <source>Quality improvement</source>
        <translation>Kvalitetsforbedring</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planlegging</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Styring</translation>
    </message>
    <message>
        <source>Preparedness</source>
        <translation>Beredskap</translation>
    </message>
    <message>
        <source>Clinical decision support</source>
        <translation>Klinisk beslutningsstøtte</translation>
    </message>
    <message>
        <source>a – consent</source>
        <translation>a – samtykke</translation>
    </message>
    <message>
        <source>b – contract</source>
        <translation>b – avtale</translation>
    </message>
    <message>
        <source>c – legal obligation</source>
        <translation>c – rettslig forpliktelse</translation>
    </message>
    <message>
        <source>d – vital interests</source>
        <translation>d – vitale interesser</translation>
    </message>
    <message>
        <source>e – public interest or official authority</source>
        <translation>e – allmennhetens interesse eller offentlig myndighet</translation>
    </message>
    <message>
        <source>f – legitimate interests</source>
        <translation>f – berettigede interesser</translation>
    </message>
    <message>
        <source>a – explicit consent</source>
        <translation>a – uttrykkelig samtykke</translation>
    </message>
    <message>
        <source>b – employment and social security</source>
        <translation>b – arbeidsrett og trygderett</translation>
    </message>
    <message>
        <source>c – vital interests</source>
        <translation>c – vitale interesser</translation>
    </message>
    <message>
        <source>d – non-profit bodies</source>
        <translation>d – ideelle organisasjoner</translation>
    </message>
    <message>
        <source>e – made public by the data subject</source>
        <translation>e – offentliggjort av den registrerte</translation>
    </message>
    <message>
        <source>f – legal claims</source>
        <translation>f – rettskrav</translation>
    </message>
    <message>
        <source>g – substantial public interest</source>
        <translation>g – viktige allmenne interesser</translation>
    </message>
    <message>
        <source>h – health care and preventive medicine</source>
        <translation>h – helse- og omsorgstjenester og forebyggende medisin</translation>
    </message>
    <message>
        <source>i – public health</source>
        <translation>i – folkehelse</translation>
    </message>
    <message>
        <source>j – archiving, research and statistics</source>
        <translation>j – arkiv, forskning og statistikk</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Utført</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Ikke nødvendig</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>REK approval</source>
        <translation>REK-godkjenning</translation>
    </message>
    <message>
        <source>DPIA</source>
        <translation>Personvernkonsekvensvurdering (DPIA)</translation>
    </message>
    <message>
        <source>DPO assessment</source>
        <translation>Personvernombudets vurdering</translation>
    </message>
    <message>
        <source>Information letter</source>
        <translation>Informasjonsskriv</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
</context>
<context>
    <name>fv::ApplicationForm</name>
    <message>
        <source>Register application</source>
        <translation>Registrer søknad</translation>
    </message>
    <message>
        <source>Edit application – case %1</source>
        <translation>Endre søknad – sak %1</translation>
    </message>
    <message>
        <source>a decision has been drafted</source>
        <translation>det er laget et vedtaksutkast</translation>
    </message>
    <message>
        <source>the case is “%1”</source>
        <translation>saken har status «%1»</translation>
    </message>
    <message>
        <source>The application in case %1 can no longer be changed: %2. It is shown here for reading.</source>
        <translation>Søknaden i sak %1 kan ikke lenger endres: %2. Den vises her bare for lesing.</translation>
    </message>
    <message>
        <source>Application and project</source>
        <translation>Søknad og prosjekt</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Rettslig grunnlag</translation>
    </message>
    <message>
        <source>Population and storage</source>
        <translation>Utvalg og lagring</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>Datakilder</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Lagre endringer</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Registrer</translation>
    </message>
    <message>
        <source>Checks every field and saves when the application is valid (Ctrl+S)</source>
        <translation>Kontrollerer alle feltene og lagrer når søknaden er gyldig (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Vedlegg</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan ikke lese %1: %2</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Forkaste endringene?</translation>
    </message>
    <message>
        <source>The application has changes that are not saved. Close the form and discard them?</source>
        <translation>Søknaden har endringer som ikke er lagret. Vil du lukke skjemaet og forkaste dem?</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Søknad</translation>
    </message>
    <message>
        <source>e.g. HD-2026-000417</source>
        <translation>f.eks. HD-2026-000417</translation>
    </message>
    <message>
        <source>Applicant&apos;s reference</source>
        <translation>Søkers referanse</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>Ny søknad</translation>
    </message>
    <message>
        <source>Change application</source>
        <translation>Endringssøknad</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>our case number, e.g. 26/00012</source>
        <translation>vårt saksnummer, f.eks. 26/00012</translation>
    </message>
    <message>
        <source>Change of case</source>
        <translation>Endring av sak</translation>
    </message>
    <message>
        <source>What the change is</source>
        <translation>Hva endringen gjelder</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>Hva endres</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Mottatt</translation>
    </message>
    <message>
        <source>Norwegian bokmål</source>
        <translation>Bokmål</translation>
    </message>
    <message>
        <source>Norwegian nynorsk</source>
        <translation>Nynorsk</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <source>Language of letters:</source>
        <translation>Målform i brev:</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Prosjekt</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammendrag</translation>
    </message>
    <message>
        <source>Choose the purpose…</source>
        <translation>Velg formål …</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <source>Project period:</source>
        <translation>Prosjektperiode:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slutt</translation>
    </message>
    <message>
        <source>Deletion date</source>
        <translation>Slettedato</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>valgfritt</translation>
    </message>
    <message>
        <source>Funding:</source>
        <translation>Finansiering:</translation>
    </message>
    <message>
        <source>Project leader</source>
        <translation>Prosjektleder</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>name@example.no</source>
        <translation>navn@eksempel.no</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>optional, e.g. Professor</source>
        <translation>valgfritt, f.eks. professor</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Stilling:</translation>
    </message>
    <message>
        <source>Data controller</source>
        <translation>Behandlingsansvarlig</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institusjon</translation>
    </message>
    <message>
        <source>9 digits</source>
        <translation>9 sifre</translation>
    </message>
    <message>
        <source>Org. no.</source>
        <translation>Org.nr.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postal code and city:</source>
        <translation>Postnummer og sted:</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>optional, when not Norway</source>
        <translation>valgfritt, hvis ikke Norge</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Land:</translation>
    </message>
    <message>
        <source>Persons with access</source>
        <translation>Personer med tilgang</translation>
    </message>
    <message>
        <source>Everyone who will work with the data, with their institution.</source>
        <translation>Alle som skal arbeide med opplysningene, med sin institusjon.</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Legg til person</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Fjern valgte</translation>
    </message>
    <message>
        <source>Identifiability</source>
        <translation>Identifiserbarhet</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonyme</translation>
    </message>
    <message>
        <source>Indirectly identifiable</source>
        <translation>Indirekte identifiserbare</translation>
    </message>
    <message>
        <source>Directly identifiable</source>
        <translation>Direkte identifiserbare</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Velg …</translation>
    </message>
    <message>
        <source>The data are</source>
        <translation>Opplysningene er</translation>
    </message>
    <message>
        <source>Why the project needs directly identifying data</source>
        <translation>Hvorfor prosjektet trenger direkte identifiserende opplysninger</translation>
    </message>
    <message>
        <source>Special reasons</source>
        <translation>Særlige grunner</translation>
    </message>
    <message>
        <source>Not needed for anonymous data.</source>
        <translation>Ikke nødvendig for anonyme opplysninger.</translation>
    </message>
    <message>
        <source>Choose a letter…</source>
        <translation>Velg bokstav …</translation>
    </message>
    <message>
        <source>GDPR art. 6(1)</source>
        <translation>Personvernforordningen art. 6 nr. 1</translation>
    </message>
    <message>
        <source>GDPR art. 9(2)</source>
        <translation>Personvernforordningen art. 9 nr. 2</translation>
    </message>
    <message>
        <source>DPIA</source>
        <translation>Personvernkonsekvensvurdering (DPIA)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <source>DPO consulted</source>
        <translation>Personvernombud rådspurt</translation>
    </message>
    <message>
        <source>The data controller has approved the project</source>
        <translation>Den behandlingsansvarlige har godkjent prosjektet</translation>
    </message>
    <message>
        <source>REK</source>
        <translation>REK</translation>
    </message>
    <message>
        <source>REK approval</source>
        <translation>REK-godkjenning</translation>
    </message>
    <message>
        <source>Required for medical and health research with identifiable data.</source>
        <translation>Påkrevd for medisinsk og helsefaglig forskning med identifiserbare opplysninger.</translation>
    </message>
    <message>
        <source>The project has a REK approval</source>
        <translation>Prosjektet har REK-godkjenning</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Godkjenning</translation>
    </message>
    <message>
        <source>e.g. 2025/123456</source>
        <translation>f.eks. 2025/123456</translation>
    </message>
    <message>
        <source>REK reference</source>
        <translation>REK-referanse</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Godkjent dato</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Utvalg</translation>
    </message>
    <message>
        <source>Who is in the study population; inclusion criteria</source>
        <translation>Hvem som inngår i studiepopulasjonen; inklusjonskriterier</translation>
    </message>
    <message>
        <source>Who is included</source>
        <translation>Hvem som inngår</translation>
    </message>
    <message>
        <source>Linkage</source>
        <translation>Sammenstilling</translation>
    </message>
    <message>
        <source>The data are linked with each other or with other sources</source>
        <translation>Opplysningene sammenstilles med hverandre eller med andre kilder</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>one per line</source>
        <translation>én per linje</translation>
    </message>
    <message>
        <source>Linkage keys</source>
        <translation>Koblingsnøkler</translation>
    </message>
    <message>
        <source>one per line, e.g. SSB or an own cohort</source>
        <translation>én per linje, f.eks. SSB eller en egen kohort</translation>
    </message>
    <message>
        <source>External sources</source>
        <translation>Eksterne kilder</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Lagring</translation>
    </message>
    <message>
        <source>TSD, SAFE, HUNT Cloud or the institution&apos;s own</source>
        <translation>TSD, SAFE, HUNT Cloud eller institusjonens eget</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Miljø</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beskrivelse:</translation>
    </message>
    <message>
        <source>Attachments listed</source>
        <translation>Oppgitte vedlegg</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Filnavn</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>DPO assessment</source>
        <translation>Personvernombudets vurdering</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Vedlegg</translation>
    </message>
    <message>
        <source>Add from file…</source>
        <translation>Legg til fra fil …</translation>
    </message>
    <message>
        <source>One data source per registry: the period, the variables and why they are needed.</source>
        <translation>Én datakilde per register: perioden, variablene og hvorfor de trengs.</translation>
    </message>
    <message>
        <source>Add data source</source>
        <translation>Legg til datakilde</translation>
    </message>
    <message>
        <source>“%1” is not a date: write it as dd.mm.yyyy.</source>
        <translation>«%1» er ikke en dato: skriv den som dd.mm.åååå.</translation>
    </message>
    <message>
        <source>Choose how identifiable the data are.</source>
        <translation>Velg hvor identifiserbare opplysningene er.</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>Rad %1, %2: %3</translation>
    </message>
    <message>
        <source>%1 › row %2, %3</source>
        <translation>%1 › rad %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %n to fix</source>
        <translation>
            <numerusform>%1 – %n feil</numerusform>
            <numerusform>%1 – %n feil</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The application is not saved: %n field(s) to put right.</source>
        <translation>
            <numerusform>Søknaden er ikke lagret: %n felt må rettes.</numerusform>
            <numerusform>Søknaden er ikke lagret: %n felter må rettes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more, each marked in red at its field.</source>
        <translation>
            <numerusform>… og %n til, markert med rødt ved feltet.</numerusform>
            <numerusform>… og %n til, hver markert med rødt ved sitt felt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Project start</source>
        <translation>Prosjektstart</translation>
    </message>
    <message>
        <source>Project end</source>
        <translation>Prosjektslutt</translation>
    </message>
</context>
<context>
    <name>fv::ApplicationHtml</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <source>Medical and health research</source>
        <translation>Medisinsk og helsefaglig forskning</translation>
    </message>
    <message>
        <source>Other research</source>
        <translation>Annen forskning</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistikk</translation>
    </message>
    <message>
        <source>Health analysis</source>
        <translation>Helseanalyse</translation>
    </message>
    <message>
        <source>Quality improvement</source>
        <translation>Kvalitetsforbedring</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planlegging</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Styring</translation>
    </message>
    <message>
        <source>Preparedness</source>
        <translation>Beredskap</translation>
    </message>
    <message>
        <source>Clinical decision support</source>
        <translation>Klinisk beslutningsstøtte</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Utført</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Ikke nødvendig</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonyme</translation>
    </message>
    <message>
        <source>Indirectly identifiable</source>
        <translation>Indirekte identifiserbare</translation>
    </message>
    <message>
        <source>Directly identifiable</source>
        <translation>Direkte identifiserbare</translation>
    </message>
    <message>
        <source>Norwegian bokmål</source>
        <translation>Bokmål</translation>
    </message>
    <message>
        <source>Norwegian nynorsk</source>
        <translation>Nynorsk</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <source>Your ref.</source>
        <translation>Deres ref.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Mottatt</translation>
    </message>
    <message>
        <source>Language of letters</source>
        <translation>Målform i brev</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammendrag</translation>
    </message>
    <message>
        <source>Project period</source>
        <translation>Prosjektperiode</translation>
    </message>
    <message>
        <source>Deletion date</source>
        <translation>Slettedato</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Finansiering</translation>
    </message>
    <message>
        <source>Change of</source>
        <translation>Endring av</translation>
    </message>
    <message>
        <source> (not in this database)</source>
        <translation> (ikke i denne databasen)</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>Hva endres</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Prosjekt</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Project leader</source>
        <translation>Prosjektleder</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Behandlingsansvarlig</translation>
    </message>
    <message>
        <source>org. no. %1</source>
        <translation>org.nr. %1</translation>
    </message>
    <message>
        <source>Persons with access</source>
        <translation>Personer med tilgang</translation>
    </message>
    <message>
        <source>GDPR</source>
        <translation>Personvernforordningen</translation>
    </message>
    <message>
        <source>Art. 6(1)(%1) and art. 9(2)(%2)</source>
        <translation>Art. 6 nr. 1 bokstav %1 og art. 9 nr. 2 bokstav %2</translation>
    </message>
    <message>
        <source>DPIA</source>
        <translation>Personvernkonsekvensvurdering (DPIA)</translation>
    </message>
    <message>
        <source>Data protection officer consulted</source>
        <translation>Personvernombud rådspurt</translation>
    </message>
    <message>
        <source>Approved by the institution</source>
        <translation>Godkjent av institusjonen</translation>
    </message>
    <message>
        <source>REK approval</source>
        <translation>REK-godkjenning</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Identifiability</source>
        <translation>Identifiserbarhet</translation>
    </message>
    <message>
        <source>Reasons for direct identifiers</source>
        <translation>Særlige grunner for direkte identifikasjon</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Utvalg</translation>
    </message>
    <message>
        <source>Linkage</source>
        <translation>Sammenstilling</translation>
    </message>
    <message>
        <source>Keys: %1</source>
        <translation>Koblingsnøkler: %1</translation>
    </message>
    <message>
        <source>External sources: %1</source>
        <translation>Eksterne kilder: %1</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Lagring</translation>
    </message>
    <message>
        <source>Legal basis and protection</source>
        <translation>Rettslig grunnlag og personvern</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>Datakilder</translation>
    </message>
    <message>
        <source>Not in the registry&apos;s catalogue</source>
        <translation>Finnes ikke i registerets variabelliste</translation>
    </message>
    <message>
        <source>Registry manager</source>
        <translation>Registerforvalter</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Variabler</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <source>file not attached</source>
        <translation>filen er ikke lagt ved</translation>
    </message>
    <message>
        <source>Attach the file…</source>
        <translation>Legg ved filen …</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Vedlegg</translation>
    </message>
    <message>
        <source>Attachments are documents about the project (protocol, REK approval, DPIA …). Never attach health data: the case database must not hold any.</source>
        <translation>Vedlegg er dokumenter om prosjektet (protokoll, REK-godkjenning, DPIA …). Legg aldri ved helseopplysninger: saksdatabasen skal ikke inneholde slike.</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Endringer</translation>
    </message>
    <message>
        <source>None found against the earlier decision</source>
        <translation>Ingen funnet sammenlignet med det forrige vedtaket</translation>
    </message>
    <message>
        <source>Registries added</source>
        <translation>Registre lagt til</translation>
    </message>
    <message>
        <source>Registries removed</source>
        <translation>Registre fjernet</translation>
    </message>
    <message>
        <source>Variables, %1</source>
        <translation>Variabler, %1</translation>
    </message>
    <message>
        <source>Period, %1</source>
        <translation>Periode, %1</translation>
    </message>
    <message>
        <source>Project end</source>
        <translation>Prosjektslutt</translation>
    </message>
    <message>
        <source>Person with access</source>
        <translation>Person med tilgang</translation>
    </message>
    <message>
        <source>Changes against the decision in %1</source>
        <translation>Endringer sammenlignet med vedtaket i %1</translation>
    </message>
    <message>
        <source>Case %1 · %2 · %3</source>
        <translation>Sak %1 · %2 · %3</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
</context>
<context>
    <name>fv::Archive</name>
    <message>
        <source>could not read the file to checksum it</source>
        <translation>kunne ikke lese filen for å beregne sjekksummen</translation>
    </message>
    <message>
        <source>could not write the file: %1</source>
        <translation>kunne ikke skrive filen: %1</translation>
    </message>
    <message>
        <source>there is a file where the extract&apos;s folder should be; choose a new folder</source>
        <translation>det ligger en fil der mappen for uttrekket skulle vært. Velg en ny mappe</translation>
    </message>
    <message>
        <source>the folder is not empty; an extract is written into a new or empty folder only</source>
        <translation>mappen er ikke tom. Et uttrekk skrives bare til en ny eller tom mappe</translation>
    </message>
    <message>
        <source>the stored document is damaged (its SHA-256 differs from when it was stored); no extract was written</source>
        <translation>det lagrede dokumentet er skadet (SHA-256 er en annen enn da det ble lagret). Uttrekket ble ikke skrevet</translation>
    </message>
    <message>
        <source>the stored document is empty; no extract was written</source>
        <translation>det lagrede dokumentet er tomt. Uttrekket ble ikke skrevet</translation>
    </message>
    <message>
        <source>the extract was cancelled; nothing was written</source>
        <translation>uttrekket ble avbrutt. Ingenting ble skrevet</translation>
    </message>
    <message>
        <source>could not copy the schema %1 into the extract</source>
        <translation>kunne ikke kopiere skjemaet %1 inn i uttrekket</translation>
    </message>
    <message>
        <source>could not make the folder DOKUMENT</source>
        <translation>kunne ikke lage mappen DOKUMENT</translation>
    </message>
    <message>
        <source>the empty folder could not be replaced by the extract</source>
        <translation>den tomme mappen kunne ikke erstattes med uttrekket</translation>
    </message>
    <message>
        <source>the finished extract could not be moved into place</source>
        <translation>det ferdige uttrekket kunne ikke flyttes på plass</translation>
    </message>
    <message>
        <source>the period must be two dates, the first not after the second</source>
        <translation>perioden må være to datoer, og den første kan ikke være etter den andre</translation>
    </message>
    <message>
        <source>no closed case was created from %1 to %2, so there is nothing to extract</source>
        <translation>ingen avsluttede saker ble opprettet fra %1 til %2, så det er ingenting å ta ut</translation>
    </message>
    <message>
        <source>could not make a working folder beside the extract: %1</source>
        <translation>kunne ikke lage en arbeidsmappe ved siden av uttrekket: %1</translation>
    </message>
    <message>
        <source>not in a format the national archive accepts (PDF/A, plain text, PNG, JPEG)</source>
        <translation>ikke i et format Arkivverket tar imot (PDF/A, ren tekst, PNG, JPEG)</translation>
    </message>
    <message>
        <source>%1 (document %2): %3</source>
        <translation>%1 (dokument %2): %3</translation>
    </message>
    <message>
        <source>the stored attachment %1 is damaged (its SHA-256 differs from the application&apos;s); no extract was written</source>
        <translation>det lagrede vedlegget %1 er skadet (SHA-256 stemmer ikke med søknadens); uttrekket ble ikke skrevet</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>filen er tom</translation>
    </message>
    <message>
        <source>%1 (attachment %2): %3</source>
        <translation>%1 (vedlegg %2): %3</translation>
    </message>
    <message>
        <source>Ghostscript (gs) is not installed, so a plain PDF cannot be converted to PDF/A</source>
        <translation>Ghostscript (gs) er ikke installert, så en vanlig PDF kan ikke gjøres om til PDF/A</translation>
    </message>
    <message>
        <source>could not make a working folder: %1</source>
        <translation>kunne ikke lage en arbeidsmappe: %1</translation>
    </message>
    <message>
        <source>Ghostscript could not convert the PDF to PDF/A: %1</source>
        <translation>Ghostscript kunne ikke gjøre om PDF-en til PDF/A: %1</translation>
    </message>
    <message>
        <source>Ghostscript&apos;s result does not identify itself as PDF/A</source>
        <translation>det Ghostscript laget, oppgir ikke at det er PDF/A</translation>
    </message>
    <message>
        <source>the received file %1 is damaged (its SHA-256 differs from when it was received); no extract was written</source>
        <translation>den mottatte filen %1 er skadet (SHA-256-summen er en annen enn da filen ble mottatt); uttrekket ble ikke skrevet</translation>
    </message>
    <message>
        <source>%1 (received file %2): %3</source>
        <translation>%1 (mottatt fil %2): %3</translation>
    </message>
</context>
<context>
    <name>fv::ArchiveActions</name>
    <message>
        <source>&amp;Journal…</source>
        <translation>&amp;Journal …</translation>
    </message>
    <message>
        <source>&amp;Restanse list…</source>
        <translation>&amp;Restanseliste …</translation>
    </message>
    <message>
        <source>&amp;Export archive extract…</source>
        <translation>&amp;Eksporter arkivuttrekk …</translation>
    </message>
    <message>
        <source>Export archive extract</source>
        <translation>Eksporter arkivuttrekk</translation>
    </message>
    <message>
        <source>Closed cases created from:</source>
        <translation>Avsluttede saker opprettet fra:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>til:</translation>
    </message>
    <message>
        <source>A new or empty folder for the extract</source>
        <translation>En ny eller tom mappe for uttrekket</translation>
    </message>
    <message>
        <source>Archive extract</source>
        <translation>Arkivuttrekk</translation>
    </message>
    <message>
        <source>Writing the Noark 5 extract…</source>
        <translation>Skriver Noark 5-uttrekket …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>%1 closed cases, %2 journal entries and %3 documents were written to %4.</source>
        <translation>%1 avsluttede saker, %2 journalposter og %3 dokumenter ble skrevet til %4.</translation>
    </message>
    <message>
        <source>Arch&amp;ive</source>
        <translation>Ark&amp;iv</translation>
    </message>
    <message>
        <source>Left out, not in a format the national archive accepts:
%1</source>
        <translation>Utelatt, ikke i et format Arkivverket tar imot:
%1</translation>
    </message>
</context>
<context>
    <name>fv::AssessmentModel</name>
    <message>
        <source>Required</source>
        <translation>Påkrevd</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Ikke nødvendig</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kontrollpunkt</translation>
    </message>
    <message>
        <source>Required?</source>
        <translation>Påkrevd?</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Av</translation>
    </message>
</context>
<context>
    <name>fv::CaseActions</name>
    <message>
        <source>&amp;My cases</source>
        <translation>&amp;Mine saker</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Show only the cases you are responsible for</source>
        <translation>Vis bare sakene du er ansvarlig for</translation>
    </message>
    <message>
        <source>&amp;Take the case</source>
        <translation>&amp;Ta saken</translation>
    </message>
    <message>
        <source>&amp;Assign to…</source>
        <translation>T&amp;ildel …</translation>
    </message>
    <message>
        <source>Start the completeness &amp;check</source>
        <translation>Start &amp;kontroll av komplett søknad</translation>
    </message>
    <message>
        <source>&amp;Request information…</source>
        <translation>&amp;Be om opplysninger …</translation>
    </message>
    <message>
        <source>Send a re&amp;minder</source>
        <translation>Send &amp;purring</translation>
    </message>
    <message>
        <source>Reject for &amp;no reply…</source>
        <translation>&amp;Avvis, ikke svart …</translation>
    </message>
    <message>
        <source>Preliminary reply &amp;sent…</source>
        <translation>&amp;Foreløpig svar sendt …</translation>
    </message>
    <message>
        <source>C&amp;onsult a registry manager…</source>
        <translation>Send på &amp;høring til registerforvalter …</translation>
    </message>
    <message>
        <source>&amp;Forward to the registry manager…</source>
        <translation>&amp;Videresend til registerforvalter …</translation>
    </message>
    <message>
        <source>&amp;Withdrawn by the applicant…</source>
        <translation>Trukket av s&amp;øker …</translation>
    </message>
    <message>
        <source>Choose a case in the list.</source>
        <translation>Velg en sak i listen.</translation>
    </message>
    <message>
        <source>The case is already yours.</source>
        <translation>Saken er allerede din.</translation>
    </message>
    <message>
        <source>The preliminary reply was sent on %1.</source>
        <translation>Foreløpig svar ble sendt %1.</translation>
    </message>
    <message>
        <source>Every registry is consulted or forwarded.</source>
        <translation>Alle registre er sendt på høring eller videresendt.</translation>
    </message>
    <message>
        <source>No registry manager has been asked for an answer.</source>
        <translation>Ingen registerforvalter er bedt om svar.</translation>
    </message>
    <message>
        <source>%1: %2 recorded as %3</source>
        <translation>%1: %2 registrert som %3</translation>
    </message>
    <message>
        <source>%1 is yours now</source>
        <translation>%1 er nå din</translation>
    </message>
    <message>
        <source>Assign case</source>
        <translation>Tildel sak</translation>
    </message>
    <message>
        <source>Who is responsible for %1?</source>
        <translation>Hvem skal ha ansvaret for %1?</translation>
    </message>
    <message>
        <source>%1 assigned to %2</source>
        <translation>%1 tildelt %2</translation>
    </message>
    <message>
        <source>Completeness check of %1 started</source>
        <translation>Kontroll av komplett søknad startet for %1</translation>
    </message>
    <message>
        <source>the project protocol</source>
        <translation>prosjektprotokollen</translation>
    </message>
    <message>
        <source>the REK approval&apos;s reference and date</source>
        <translation>referanse og dato for REK-godkjenningen</translation>
    </message>
    <message>
        <source>the REK approval letter</source>
        <translation>godkjenningsbrevet fra REK</translation>
    </message>
    <message>
        <source>a DPIA or the data protection officer&apos;s assessment</source>
        <translation>en personvernkonsekvensvurdering (DPIA) eller personvernombudets vurdering</translation>
    </message>
    <message>
        <source>Application complete</source>
        <translation>Søknaden er komplett</translation>
    </message>
    <message>
        <source>&lt;p&gt;A complete application usually has what this one lacks:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;%1&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Mark it complete all the same?&lt;/p&gt;</source>
        <translation>&lt;p&gt;En komplett søknad har vanligvis det denne mangler:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;%1&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Vil du likevel markere den som komplett?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>On which day was the application complete? The statutory deadline counts from the day after.</source>
        <translation>Hvilken dag var søknaden komplett? Den lovpålagte fristen regnes fra dagen etter.</translation>
    </message>
    <message>
        <source>%1 is complete; the statutory clock runs</source>
        <translation>%1 er komplett; den lovpålagte fristen løper</translation>
    </message>
    <message>
        <source>Request information</source>
        <translation>Be om opplysninger</translation>
    </message>
    <message>
        <source>What must the applicant send? The deadline clock pauses until the answer comes; the applicant has 10 working days.</source>
        <translation>Hva må søkeren sende? Fristen stanses til svaret kommer; søkeren har 10 arbeidsdager på seg.</translation>
    </message>
    <message>
        <source>Information requested in %1; the clock is paused</source>
        <translation>Opplysninger etterspurt i %1; fristen er stanset</translation>
    </message>
    <message>
        <source>Information received</source>
        <translation>Opplysninger mottatt</translation>
    </message>
    <message>
        <source>On which day did the answer arrive? The clock runs again that day.</source>
        <translation>Hvilken dag kom svaret? Fristen løper igjen fra og med samme dag.</translation>
    </message>
    <message>
        <source>Answer in %1 recorded; the clock runs again</source>
        <translation>Svar i %1 registrert; fristen løper igjen</translation>
    </message>
    <message>
        <source>Reminder recorded in %1: five more working days</source>
        <translation>Purring registrert i %1: fem arbeidsdager til</translation>
    </message>
    <message>
        <source>Reject for no reply</source>
        <translation>Avvis, ikke svart</translation>
    </message>
    <message>
        <source>The applicant has not answered the reminder. Reject application %1?</source>
        <translation>Søkeren har ikke svart på purringen. Vil du avvise søknad %1?</translation>
    </message>
    <message>
        <source>%1 rejected for no reply</source>
        <translation>%1 avvist fordi søkeren ikke har svart</translation>
    </message>
    <message>
        <source>Preliminary reply</source>
        <translation>Foreløpig svar</translation>
    </message>
    <message>
        <source>On which day was the preliminary reply (forvaltningsloven § 11 a) sent?</source>
        <translation>Hvilken dag ble foreløpig svar (forvaltningsloven § 11 a) sendt?</translation>
    </message>
    <message>
        <source>Preliminary reply in %1 recorded</source>
        <translation>Foreløpig svar i %1 registrert</translation>
    </message>
    <message>
        <source>Consult a registry manager</source>
        <translation>Høring hos registerforvalter</translation>
    </message>
    <message>
        <source>Which registry&apos;s manager is asked for its view?</source>
        <translation>Hvilket registers forvalter skal bli bedt om uttalelse?</translation>
    </message>
    <message>
        <source>When is the answer due?</source>
        <translation>Hva er svarfristen?</translation>
    </message>
    <message>
        <source>%1: the manager of %2 is consulted</source>
        <translation>%1: forvalteren av %2 er bedt om uttalelse</translation>
    </message>
    <message>
        <source>Registry manager&apos;s answer</source>
        <translation>Svar fra registerforvalter</translation>
    </message>
    <message>
        <source>Which registry manager answered?</source>
        <translation>Hvilken registerforvalter har svart?</translation>
    </message>
    <message>
        <source>What does it recommend?</source>
        <translation>Hva anbefaler registerforvalteren?</translation>
    </message>
    <message>
        <source>Note (optional):</source>
        <translation>Merknad (valgfritt):</translation>
    </message>
    <message>
        <source>%1: the answer for %2 is recorded</source>
        <translation>%1: svaret for %2 er registrert</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Internt notat</translation>
    </message>
    <message>
        <source>Note for the applicant</source>
        <translation>Notat til søker</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Legg til notat</translation>
    </message>
    <message>
        <source>Who is the note for?</source>
        <translation>Hvem er notatet til?</translation>
    </message>
    <message>
        <source>Note added to %1</source>
        <translation>Notat lagt til i %1</translation>
    </message>
    <message>
        <source>The whole case</source>
        <translation>Hele saken</translation>
    </message>
    <message>
        <source>Forward to the registry manager</source>
        <translation>Videresend til registerforvalter</translation>
    </message>
    <message>
        <source>What does the registry manager decide itself?</source>
        <translation>Hva skal registerforvalteren selv avgjøre?</translation>
    </message>
    <message>
        <source>Why does the registry manager decide this itself?</source>
        <translation>Hvorfor skal registerforvalteren avgjøre dette selv?</translation>
    </message>
    <message>
        <source>%1 forwarded</source>
        <translation>%1 videresendt</translation>
    </message>
    <message>
        <source>Withdrawn by the applicant</source>
        <translation>Trukket av søker</translation>
    </message>
    <message>
        <source>The applicant withdrew application %1. Reason (optional):</source>
        <translation>Søkeren har trukket søknad %1. Begrunnelse (valgfritt):</translation>
    </message>
    <message>
        <source>%1 withdrawn</source>
        <translation>%1 trukket</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>Avslutt saken</translation>
    </message>
    <message>
        <source>Close case %1? Nothing more can be done on it.</source>
        <translation>Vil du avslutte sak %1? Det kan ikke gjøres mer i saken.</translation>
    </message>
    <message>
        <source>%1 closed</source>
        <translation>%1 avsluttet</translation>
    </message>
    <message>
        <source>the DPIA as an attachment (the application says it is done, but it is not attached)</source>
        <translation>personvernkonsekvensvurderingen (DPIA) som vedlegg (søknaden sier at den er gjort, men den er ikke lagt ved)</translation>
    </message>
    <message>
        <source>Close t&amp;he case</source>
        <translation>Avs&amp;lutt saken</translation>
    </message>
    <message>
        <source>The applicant&apos;s legal basis abroad</source>
        <translation>Søkerens rettsgrunnlag i utlandet</translation>
    </message>
    <message>
        <source>An applicant established outside Norway: its legal basis for the processing under the law of its own country, as the decision letter is to state it. Leave it empty to state none.</source>
        <translation>En søker som er etablert utenfor Norge: søkerens rettslige grunnlag for behandlingen etter lovgivningen i eget land, slik vedtaksbrevet skal gjengi det. La feltet stå tomt hvis det ikke skal oppgis noe.</translation>
    </message>
    <message>
        <source>%1: no legal basis abroad is stated</source>
        <translation>%1: ikke noe rettsgrunnlag i utlandet er oppgitt</translation>
    </message>
    <message>
        <source>%1: the legal basis abroad is stated</source>
        <translation>%1: rettsgrunnlaget i utlandet er oppgitt</translation>
    </message>
    <message>
        <source>The applicant&apos;s legal &amp;basis abroad…</source>
        <translation>Søkerens &amp;rettsgrunnlag i utlandet …</translation>
    </message>
    <message>
        <source>Application is com&amp;plete…</source>
        <translation>Søknaden er ko&amp;mplett …</translation>
    </message>
    <message>
        <source>&amp;Information received…</source>
        <translation>&amp;Opplysninger mottatt …</translation>
    </message>
    <message>
        <source>Record a re&amp;gistry manager&apos;s answer…</source>
        <translation>Registrer &amp;svar fra registerforvalter …</translation>
    </message>
    <message>
        <source>A&amp;dd a note…</source>
        <translation>Legg til &amp;notat …</translation>
    </message>
</context>
<context>
    <name>fv::CaseListModel</name>
    <message>
        <source>Change: %1</source>
        <translation>Endring: %1</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>Saksnr.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Your ref.</source>
        <translation>Deres ref.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Prosjekt</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Behandlingsansvarlig</translation>
    </message>
    <message>
        <source>Registries</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Mottatt</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Saksbehandler</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Neste frist</translation>
    </message>
</context>
<context>
    <name>fv::CaseStatus</name>
    <message>
        <source>Received</source>
        <translation>Mottatt</translation>
    </message>
    <message>
        <source>Completeness check</source>
        <translation>Kontroll av komplett søknad</translation>
    </message>
    <message>
        <source>Waiting for applicant</source>
        <translation>Venter på søker</translation>
    </message>
    <message>
        <source>Under assessment</source>
        <translation>Under vurdering</translation>
    </message>
    <message>
        <source>Decision draft</source>
        <translation>Vedtaksutkast</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>Til godkjenning</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Vedtatt</translation>
    </message>
    <message>
        <source>Letter sent</source>
        <translation>Brev sendt</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avsluttet</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Videresendt</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Trukket</translation>
    </message>
    <message>
        <source>Rejected, no reply</source>
        <translation>Avvist, ikke svart</translation>
    </message>
    <message>
        <source>start the completeness check</source>
        <translation>starte kontrollen av om søknaden er komplett</translation>
    </message>
    <message>
        <source>mark the application complete</source>
        <translation>registrere søknaden som komplett</translation>
    </message>
    <message>
        <source>ask the applicant for information</source>
        <translation>be søkeren om opplysninger</translation>
    </message>
    <message>
        <source>record the applicant&apos;s answer</source>
        <translation>registrere svaret fra søkeren</translation>
    </message>
    <message>
        <source>draft the decision</source>
        <translation>lage utkast til vedtak</translation>
    </message>
    <message>
        <source>submit the decision for approval</source>
        <translation>sende vedtaket til godkjenning</translation>
    </message>
    <message>
        <source>approve the decision</source>
        <translation>godkjenne vedtaket</translation>
    </message>
    <message>
        <source>return the decision</source>
        <translation>sende vedtaket tilbake</translation>
    </message>
    <message>
        <source>send the decision letter</source>
        <translation>sende vedtaksbrevet</translation>
    </message>
    <message>
        <source>close the case</source>
        <translation>avslutte saken</translation>
    </message>
    <message>
        <source>forward the case</source>
        <translation>oversende saken</translation>
    </message>
    <message>
        <source>record the withdrawal</source>
        <translation>registrere at søknaden er trukket</translation>
    </message>
    <message>
        <source>reject for want of an answer</source>
        <translation>avvise saken fordi søkeren ikke har svart</translation>
    </message>
    <message>
        <source>While the case is %1, nobody can %2 (possible now: %3)</source>
        <translation>Mens saken har status %1, kan ingen %2 (mulig nå: %3)</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ingenting</translation>
    </message>
    <message>
        <source>take up the appeal for preparation</source>
        <translation>ta opp klagen til forberedelse</translation>
    </message>
    <message>
        <source>forward the appeal to the appeal body</source>
        <translation>sende klagen til klageinstansen</translation>
    </message>
    <message>
        <source>record the appeal&apos;s withdrawal</source>
        <translation>registrere at klagen er trukket tilbake</translation>
    </message>
</context>
<context>
    <name>fv::CaseView</name>
    <message>
        <source>granted</source>
        <translation>innvilget</translation>
    </message>
    <message>
        <source>partly granted</source>
        <translation>delvis innvilget</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>avslått</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>Til godkjenning</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Godkjent</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Choose a case in the list.</source>
        <translation>Velg en sak i listen.</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Tidslinje</translation>
    </message>
    <message>
        <source>Doc&amp;uments</source>
        <translation>Dok&amp;umenter</translation>
    </message>
    <message>
        <source>&lt;b&gt;Decision %1: %2&lt;/b&gt; – overall result: &lt;b&gt;%3&lt;/b&gt;. Drafted by %4</source>
        <translation>&lt;b&gt;Vedtak %1: %2&lt;/b&gt; – samlet resultat: &lt;b&gt;%3&lt;/b&gt;. Utarbeidet av %4</translation>
    </message>
    <message>
        <source>, approved by %1 on %2</source>
        <translation>, godkjent av %1 %2</translation>
    </message>
    <message>
        <source>Returned with the comment: %1</source>
        <translation>Returnert med kommentaren: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier version(s) kept.</source>
        <translation>
            <numerusform>%n tidligere versjon er tatt vare på.</numerusform>
            <numerusform>%n tidligere versjoner er tatt vare på.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exemption from the duty of confidentiality</source>
        <translation>Dispensasjon fra taushetsplikt</translation>
    </message>
    <message>
        <source>Not needed: the data are anonymous.</source>
        <translation>Ikke nødvendig: opplysningene er anonyme.</translation>
    </message>
    <message>
        <source>Granted.</source>
        <translation>Innvilget.</translation>
    </message>
    <message>
        <source>Not granted.</source>
        <translation>Ikke innvilget.</translation>
    </message>
    <message>
        <source>Legal basis: %1.</source>
        <translation>Hjemmel: %1.</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Rettslig grunnlag</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Vilkår</translation>
    </message>
    <message>
        <source>No letters sent yet. Case → Send letter… sends one and keeps it here.</source>
        <translation>Ingen brev er sendt ennå. Sak → Send brev … sender et brev og tar vare på det her.</translation>
    </message>
    <message>
        <source>Our ref.</source>
        <translation>Vår ref.</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brev</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>Click a reference to open the letter exactly as it was sent.</source>
        <translation>Klikk på en referanse for å åpne brevet nøyaktig slik det ble sendt.</translation>
    </message>
    <message>
        <source>A&amp;pplication</source>
        <translation>Søk&amp;nad</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Søknad</translation>
    </message>
    <message>
        <source>Casewor&amp;k</source>
        <translation>Saks&amp;behandling</translation>
    </message>
    <message>
        <source>Joint decision by registry</source>
        <translation>Felles vedtak per register</translation>
    </message>
    <message>
        <source>Joint decision</source>
        <translation>Felles vedtak</translation>
    </message>
    <message>
        <source>&amp;Joint decision</source>
        <translation>Felles v&amp;edtak</translation>
    </message>
    <message>
        <source>Eve&amp;nts</source>
        <translation>Hen&amp;delser</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Hendelser</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumenter</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Journalpost</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Journal no.</source>
        <translation>Journalnr.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parter</translation>
    </message>
    <message>
        <source>Public title</source>
        <translation>Offentlig tittel</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avskrevet</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>open</source>
        <translation>åpen</translation>
    </message>
    <message>
        <source>screened: %1</source>
        <translation>skjermet: %1</translation>
    </message>
    <message>
        <source>Deliver&amp;y and end</source>
        <translation>Levering &amp;og avslutning</translation>
    </message>
    <message>
        <source>Jou&amp;rnal a note…</source>
        <translation>Jou&amp;rnalfør et notat …</translation>
    </message>
    <message>
        <source>Journal an internal note in the case (Noark 5 N or X)</source>
        <translation>Journalfør et internt notat i saken (Noark 5 N eller X)</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>Klage</translation>
    </message>
    <message>
        <source>&lt;b&gt;No decision yet.&lt;/b&gt; Make a draft with &lt;i&gt;Decision → Make decision draft&lt;/i&gt; (Ctrl+D).</source>
        <translation>&lt;b&gt;Ikke noe vedtak ennå.&lt;/b&gt; Lag et utkast med &lt;i&gt;Vedtak → Lag vedtaksutkast&lt;/i&gt; (Ctrl+D).</translation>
    </message>
    <message>
        <source>file: %1</source>
        <translation>fil: %1</translation>
    </message>
</context>
<context>
    <name>fv::Casework</name>
    <message>
        <source>reference: the application %1 is already registered as case %2</source>
        <translation>referanse: søknaden %1 er allerede registrert som sak %2</translation>
    </message>
    <message>
        <source>The application can no longer be changed: a decision has been drafted</source>
        <translation>Søknaden kan ikke lenger endres: det er laget et utkast til vedtak</translation>
    </message>
    <message>
        <source>The application can no longer be changed: the case is %1</source>
        <translation>Søknaden kan ikke lenger endres: saken har status %1</translation>
    </message>
    <message>
        <source>No case has the number %1</source>
        <translation>Ingen sak har nummeret %1</translation>
    </message>
    <message>
        <source>The case has an unknown status &quot;%1&quot;</source>
        <translation>Saken har en ukjent status «%1»</translation>
    </message>
    <message>
        <source>Could not allocate a case number</source>
        <translation>Kunne ikke tildele et saksnummer</translation>
    </message>
    <message>
        <source>The case numbers of %1 are used up (99 999)</source>
        <translation>Saksnumrene for %1 er brukt opp (99 999)</translation>
    </message>
    <message>
        <source>The case no longer exists</source>
        <translation>Saken finnes ikke lenger</translation>
    </message>
    <message>
        <source>The case was changed by %1 at %2 after you opened it; your change was not saved, so nothing of theirs is lost: reload the case and make your change again</source>
        <translation>Saken ble endret av %1 %2 etter at du åpnet den; endringen din ble ikke lagret, så ingenting av det den andre gjorde, går tapt: last inn saken på nytt og gjør endringen din igjen</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>noen andre</translation>
    </message>
    <message>
        <source>the head of the audit trail is missing; nothing can be recorded until the database is restored from a backup</source>
        <translation>revisjonssporets siste hendelse (hodet) mangler; ingenting kan registreres før databasen er gjenopprettet fra en sikkerhetskopi</translation>
    </message>
    <message>
        <source>the head of the audit trail was removed</source>
        <translation>revisjonssporets siste hendelse (hodet) er fjernet</translation>
    </message>
    <message>
        <source>the audit trail ends at event %1, but event %2 was written: the last events were deleted</source>
        <translation>revisjonssporet slutter ved hendelse %1, men hendelse %2 ble skrevet: de siste hendelsene er slettet</translation>
    </message>
    <message>
        <source>the event was added behind the program&apos;s back (the audit trail&apos;s head is at event %1)</source>
        <translation>hendelsen ble lagt til utenom programmet (revisjonssporets hode står på hendelse %1)</translation>
    </message>
    <message>
        <source>the audit trail was rewritten: its last event does not match the head</source>
        <translation>revisjonssporet er skrevet om: den siste hendelsen stemmer ikke med hodet</translation>
    </message>
    <message>
        <source>the audit trail has a gap: event %1 was deleted (the next event is %2)</source>
        <translation>revisjonssporet har et hull: hendelse %1 er slettet (neste hendelse er %2)</translation>
    </message>
    <message>
        <source>the audit trail has an event inserted before event %1</source>
        <translation>revisjonssporet har en hendelse som er satt inn foran hendelse %1</translation>
    </message>
    <message>
        <source>the audit trail is broken: this event does not follow the one before (inserted, deleted or moved)</source>
        <translation>revisjonssporet er brutt: denne hendelsen følger ikke etter den forrige (satt inn, slettet eller flyttet)</translation>
    </message>
    <message>
        <source>the audit trail is broken: this event was changed after it was written</source>
        <translation>revisjonssporet er brutt: denne hendelsen er endret etter at den ble skrevet</translation>
    </message>
    <message>
        <source>the setting %1 must be a whole number from %2 to %3, not &quot;%4&quot;</source>
        <translation>innstillingen %1 må være et helt tall fra %2 til %3, ikke «%4»</translation>
    </message>
    <message>
        <source>the setting %1 must be true or false, not &quot;%2&quot;</source>
        <translation>innstillingen %1 må være true eller false, ikke «%2»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month and day in the form MM-DD</source>
        <translation>«%1» er ikke en måned og dag på formen MM-DD</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date in the form YYYY-MM-DD</source>
        <translation>«%1» er ikke en dato på formen ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>the project protocol (attachment &quot;protocol&quot;)</source>
        <translation>prosjektprotokollen (vedlegg «protocol»)</translation>
    </message>
    <message>
        <source>the REK approval&apos;s reference and date</source>
        <translation>REK-godkjenningens referanse og dato</translation>
    </message>
    <message>
        <source>the REK approval letter (attachment &quot;rek-approval&quot;)</source>
        <translation>REK-godkjenningen (vedlegg «rek-approval»)</translation>
    </message>
    <message>
        <source>a DPIA or the data protection officer&apos;s assessment (attachment &quot;dpia&quot; or &quot;dpo-assessment&quot;)</source>
        <translation>en DPIA eller personvernombudets vurdering (vedlegg «dpia» eller «dpo-assessment»)</translation>
    </message>
    <message>
        <source>The application does not ask for the registry %1 (it asks for %2)</source>
        <translation>Søknaden ber ikke om data fra registeret %1 (den ber om %2)</translation>
    </message>
    <message>
        <source>Record fulfilled, not fulfilled or not relevant for &quot;%1&quot;</source>
        <translation>Registrer oppfylt, ikke oppfylt eller ikke relevant for «%1»</translation>
    </message>
    <message>
        <source>Say why &quot;%1&quot; is not fulfilled or not relevant: a note is required</source>
        <translation>Begrunn hvorfor «%1» ikke er oppfylt eller ikke relevant: et notat er påkrevd</translation>
    </message>
    <message>
        <source>%1 was consulted on %2 and has until %3 to answer</source>
        <translation>%1 ble forelagt saken %2 og har frist til %3 med å svare</translation>
    </message>
    <message>
        <source>%1 is forwarded to its registry manager, who decides it</source>
        <translation>%1 er oversendt til registerforvalteren, som avgjør den selv</translation>
    </message>
    <message>
        <source>the consultation</source>
        <translation>foreleggelsen</translation>
    </message>
    <message>
        <source>The answer must be due after the day the consultation is sent (%1)</source>
        <translation>Svarfristen må være etter dagen foreleggelsen sendes (%1)</translation>
    </message>
    <message>
        <source>%1 has no consultation waiting for an answer</source>
        <translation>%1 har ingen foreleggelse som venter på svar</translation>
    </message>
    <message>
        <source>the answer</source>
        <translation>svaret</translation>
    </message>
    <message>
        <source>%1 is before the consultation was sent (%2)</source>
        <translation>%1 er før foreleggelsen ble sendt (%2)</translation>
    </message>
    <message>
        <source>The note is empty</source>
        <translation>Notatet er tomt</translation>
    </message>
    <message>
        <source>While the case is %1, the whole case cannot be forwarded: forward one registry at a time</source>
        <translation>Mens saken har status %1, kan ikke hele saken oversendes: oversend ett register om gangen</translation>
    </message>
    <message>
        <source>Say why the registry manager decides this case: the reason is required</source>
        <translation>Begrunn hvorfor registerforvalteren skal avgjøre saken: begrunnelsen er påkrevd</translation>
    </message>
    <message>
        <source>Say why the registry manager decides %1 itself: the reason is required</source>
        <translation>Begrunn hvorfor registerforvalteren skal avgjøre %1 selv: begrunnelsen er påkrevd</translation>
    </message>
    <message>
        <source>%1 was forwarded on %2</source>
        <translation>%1 ble oversendt %2</translation>
    </message>
    <message>
        <source>%1 is the last registry HDS would decide: forward the whole case instead</source>
        <translation>%1 er det siste registeret HDS ville avgjort: oversend heller hele saken</translation>
    </message>
    <message>
        <source>%1 is in the future: %2 is recorded when it has happened</source>
        <translation>%1 er fram i tid: %2 registreres når det har skjedd</translation>
    </message>
    <message>
        <source>%1 is before the application was received (%2)</source>
        <translation>%1 er før søknaden kom inn (%2)</translation>
    </message>
    <message>
        <source>%1 cannot be responsible for a case: that needs the role adviser or lawyer</source>
        <translation>%1 kan ikke være saksbehandler: det krever rollen rådgiver eller jurist</translation>
    </message>
    <message>
        <source>The user %1 is deactivated</source>
        <translation>Brukeren %1 er deaktivert</translation>
    </message>
    <message>
        <source>The case is already assigned to %1 (%2)</source>
        <translation>Saken er allerede tildelt %1 (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a user of this database</source>
        <translation>«%1» er ikke bruker av denne databasen</translation>
    </message>
    <message>
        <source>completeness</source>
        <translation>at søknaden er komplett</translation>
    </message>
    <message>
        <source>Say what the applicant must send: the request text is empty</source>
        <translation>Skriv hva søkeren må sende: teksten i anmodningen er tom</translation>
    </message>
    <message>
        <source>the request</source>
        <translation>anmodningen</translation>
    </message>
    <message>
        <source>%1 is before the information was requested (%2)</source>
        <translation>%1 er før opplysningene ble etterspurt (%2)</translation>
    </message>
    <message>
        <source>the reminder</source>
        <translation>purringen</translation>
    </message>
    <message>
        <source>the preliminary reply</source>
        <translation>det foreløpige svaret</translation>
    </message>
</context>
<context>
    <name>fv::CaseworkPanel</name>
    <message>
        <source>%1 working days from %2, %3</source>
        <translation>%1 arbeidsdager fra %2, %3</translation>
    </message>
    <message>
        <source>linked sources</source>
        <translation>sammenstilte kilder</translation>
    </message>
    <message>
        <source>one source</source>
        <translation>én kilde</translation>
    </message>
    <message>
        <source>&lt;b&gt;The statutory clock has not started:&lt;/b&gt; the application is not complete yet.</source>
        <translation>&lt;b&gt;Den lovpålagte fristen har ikke begynt å løpe:&lt;/b&gt; søknaden er ikke komplett ennå.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Decided %1&lt;/b&gt; – %2 (deadline %3; %4).</source>
        <translation>&lt;b&gt;Vedtatt %1&lt;/b&gt; – %2 (frist %3; %4).</translation>
    </message>
    <message>
        <source>within the deadline</source>
        <translation>innenfor fristen</translation>
    </message>
    <message>
        <source>after the deadline</source>
        <translation>etter fristen</translation>
    </message>
    <message>
        <source>&lt;b&gt;The clock is paused&lt;/b&gt; while we wait for the applicant: %1 of %2 working days used (%3).</source>
        <translation>&lt;b&gt;Fristen er stanset&lt;/b&gt; mens vi venter på søkeren: %1 av %2 arbeidsdager er brukt (%3).</translation>
    </message>
    <message>
        <source>Deadline %1 (%2).</source>
        <translation>Frist %1 (%2).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Decision due %1&lt;/b&gt; – %2 (%3).</source>
        <translation>&lt;b&gt;Vedtaksfrist %1&lt;/b&gt; – %2 (%3).</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Frister</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Legal assessment</source>
        <translation>Juridisk vurdering</translation>
    </message>
    <message>
        <source>Note: why, and with which reference (required when not fulfilled)</source>
        <translation>Merknad: hvorfor, og med hvilken hjemmel (påkrevd når vilkåret ikke er oppfylt)</translation>
    </message>
    <message>
        <source>Registry managers&apos; views</source>
        <translation>Registerforvalternes uttalelser</translation>
    </message>
    <message>
        <source>Dialogue with the applicant and notes</source>
        <translation>Dialog med søker og notater</translation>
    </message>
    <message numerus="yes">
        <source>All %n required check(s) settled.</source>
        <translation>
            <numerusform>%n påkrevd kontrollpunkt er avklart.</numerusform>
            <numerusform>Alle %n påkrevde kontrollpunkter er avklart.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 required checks settled; the draft cannot go for approval until all are.</source>
        <translation>%1 av %2 påkrevde kontrollpunkter er avklart; utkastet kan ikke sendes til godkjenning før alle er det.</translation>
    </message>
    <message numerus="yes">
        <source>%1–%2 (%n working day(s))</source>
        <translation>
            <numerusform>%1–%2 (%n arbeidsdag)</numerusform>
            <numerusform>%1–%2 (%n arbeidsdager)</numerusform>
        </translation>
    </message>
    <message>
        <source>now</source>
        <translation>nå</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>Stanset: %1</translation>
    </message>
    <message>
        <source>Preliminary reply (fvl. § 11 a) sent %1.</source>
        <translation>Foreløpig svar (fvl. § 11 a) sendt %1.</translation>
    </message>
    <message>
        <source>Preliminary reply (fvl. § 11 a) due %1, not sent.</source>
        <translation>Foreløpig svar (fvl. § 11 a): frist %1, ikke sendt.</translation>
    </message>
    <message>
        <source>Information requested by %1</source>
        <translation>Opplysninger etterspurt av %1</translation>
    </message>
    <message>
        <source>answer due %1</source>
        <translation>svarfrist %1</translation>
    </message>
    <message>
        <source>reminded %1, due %2</source>
        <translation>purret %1, frist %2</translation>
    </message>
    <message>
        <source>answered %1</source>
        <translation>besvart %1</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>ikke besvart ennå</translation>
    </message>
    <message>
        <source>No information requested.</source>
        <translation>Ingen opplysninger etterspurt.</translation>
    </message>
    <message>
        <source>Notes for the applicant</source>
        <translation>Notater til søker</translation>
    </message>
    <message>
        <source>Internal notes (not sent)</source>
        <translation>Interne notater (sendes ikke)</translation>
    </message>
    <message>
        <source>Forwarded %1: %2 – %3</source>
        <translation>Videresendt %1: %2 – %3</translation>
    </message>
    <message>
        <source>the whole case</source>
        <translation>hele saken</translation>
    </message>
    <message>
        <source>Choose a check in the list.</source>
        <translation>Velg et kontrollpunkt i listen.</translation>
    </message>
    <message>
        <source>Save assess&amp;ment</source>
        <translation>La&amp;gre vurdering</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
</context>
<context>
    <name>fv::CaseworkText</name>
    <message>
        <source>The purpose is explicit, allowed and compatible with the registry&apos;s own purpose.</source>
        <translation>Formålet er uttrykkelig angitt, lovlig og forenlig med registerets eget formål.</translation>
    </message>
    <message>
        <source>The recipient&apos;s basis in GDPR art. 6(1) and 9(2), with the DPO&apos;s advice or a DPIA.</source>
        <translation>Mottakerens rettslige grunnlag i personvernforordningen art. 6 nr. 1 og art. 9 nr. 2, med personvernombudets råd eller en personvernkonsekvensvurdering (DPIA).</translation>
    </message>
    <message>
        <source>REK has approved the project (helseforskningsloven § 33).</source>
        <translation>REK har godkjent prosjektet (helseforskningsloven § 33).</translation>
    </message>
    <message>
        <source>The applicant&apos;s own institution has approved the project.</source>
        <translation>Søkerens egen institusjon har godkjent prosjektet.</translation>
    </message>
    <message>
        <source>Every variable and period is necessary; no direct identifiers without special reasons.</source>
        <translation>Alle variabler og perioder er nødvendige; ingen direkte identifiserende opplysninger uten særlige grunner.</translation>
    </message>
    <message>
        <source>The security measures and the storage environment are described.</source>
        <translation>Sikkerhetstiltakene og lagringsmiljøet er beskrevet.</translation>
    </message>
    <message>
        <source>Of substantial interest to society and ethically, medically and professionally unobjectionable.</source>
        <translation>Av vesentlig interesse for samfunnet og etisk, medisinsk og faglig forsvarlig.</translation>
    </message>
    <message>
        <source>The linkage between sources is described and justified.</source>
        <translation>Sammenstillingen av kildene er beskrevet og begrunnet.</translation>
    </message>
    <message>
        <source>The project&apos;s end date and the deletion or anonymisation date are set.</source>
        <translation>Prosjektets sluttdato og dato for sletting eller anonymisering er fastsatt.</translation>
    </message>
    <message>
        <source>National-security screening of large datasets.</source>
        <translation>Vurdering av nasjonal sikkerhet ved store datasett.</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Ikke vurdert</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>Oppfylt</translation>
    </message>
    <message>
        <source>Not fulfilled</source>
        <translation>Ikke oppfylt</translation>
    </message>
    <message>
        <source>Not relevant</source>
        <translation>Ikke relevant</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Innvilge</translation>
    </message>
    <message>
        <source>Grant in part</source>
        <translation>Innvilge delvis</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Avslå</translation>
    </message>
    <message>
        <source>Decision deadline</source>
        <translation>Vedtaksfrist</translation>
    </message>
    <message>
        <source>Preliminary reply</source>
        <translation>Foreløpig svar</translation>
    </message>
    <message>
        <source>Applicant&apos;s answer</source>
        <translation>Svar fra søker</translation>
    </message>
    <message>
        <source>Answer after reminder</source>
        <translation>Svar etter purring</translation>
    </message>
    <message>
        <source>Registry manager&apos;s answer</source>
        <translation>Svar fra registerforvalter</translation>
    </message>
    <message>
        <source>Application received</source>
        <translation>Søknad mottatt</translation>
    </message>
    <message>
        <source>Application registered</source>
        <translation>Søknad registrert</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Tildelt</translation>
    </message>
    <message>
        <source>Completeness check started</source>
        <translation>Kontroll av komplett søknad startet</translation>
    </message>
    <message>
        <source>Application complete</source>
        <translation>Søknaden er komplett</translation>
    </message>
    <message>
        <source>Information requested</source>
        <translation>Opplysninger etterspurt</translation>
    </message>
    <message>
        <source>Information received</source>
        <translation>Opplysninger mottatt</translation>
    </message>
    <message>
        <source>Reminder sent</source>
        <translation>Purring sendt</translation>
    </message>
    <message>
        <source>Rejected, no reply</source>
        <translation>Avvist, ikke svart</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Trukket</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avsluttet</translation>
    </message>
    <message>
        <source>Forwarded to the registry managers</source>
        <translation>Videresendt til registerforvalterne</translation>
    </message>
    <message>
        <source>Registry forwarded</source>
        <translation>Register videresendt</translation>
    </message>
    <message>
        <source>Preliminary reply sent</source>
        <translation>Foreløpig svar sendt</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Vurdert</translation>
    </message>
    <message>
        <source>Registry manager consulted</source>
        <translation>Sendt på høring til registerforvalter</translation>
    </message>
    <message>
        <source>Registry manager answered</source>
        <translation>Registerforvalter har svart</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>Decision drafted</source>
        <translation>Vedtaksutkast laget</translation>
    </message>
    <message>
        <source>Decision edited</source>
        <translation>Vedtak redigert</translation>
    </message>
    <message>
        <source>Submitted for approval</source>
        <translation>Sendt til godkjenning</translation>
    </message>
    <message>
        <source>Decision approved</source>
        <translation>Vedtak godkjent</translation>
    </message>
    <message>
        <source>Returned to the drafter</source>
        <translation>Returnert til saksbehandler</translation>
    </message>
    <message>
        <source>Letter sent</source>
        <translation>Brev sendt</translation>
    </message>
    <message>
        <source>Preliminary reply due</source>
        <translation>Frist for foreløpig svar</translation>
    </message>
    <message>
        <source>Applicant&apos;s answer due</source>
        <translation>Svarfrist for søker</translation>
    </message>
    <message>
        <source>Answer due after reminder</source>
        <translation>Svarfrist etter purring</translation>
    </message>
    <message>
        <source>Registry manager&apos;s answer due</source>
        <translation>Svarfrist for registerforvalter</translation>
    </message>
    <message>
        <source>Clock paused</source>
        <translation>Fristen stanset</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n working day(s)</source>
        <translation>
            <numerusform>%n arbeidsdag over fristen</numerusform>
            <numerusform>%n arbeidsdager over fristen</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Frist i dag</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) left</source>
        <translation>
            <numerusform>%n arbeidsdag igjen</numerusform>
            <numerusform>%n arbeidsdager igjen</numerusform>
        </translation>
    </message>
    <message>
        <source>decide as soon as possible</source>
        <translation>fatt vedtak så snart som mulig</translation>
    </message>
    <message>
        <source>send the preliminary reply</source>
        <translation>send foreløpig svar</translation>
    </message>
    <message>
        <source>send a reminder</source>
        <translation>send purring</translation>
    </message>
    <message>
        <source>propose rejection for no reply</source>
        <translation>foreslå avvisning fordi søkeren ikke har svart</translation>
    </message>
    <message>
        <source>remind the registry manager</source>
        <translation>purr registerforvalteren</translation>
    </message>
    <message>
        <source>Paused: waiting for the applicant</source>
        <translation>Stanset: venter på søker</translation>
    </message>
    <message>
        <source>Paused · answer %1</source>
        <translation>Stanset · svarfrist %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 %2%3: %4</source>
        <translation>%1 %2%3: %4</translation>
    </message>
    <message numerus="yes">
        <source>%n more dated task(s) on this case</source>
        <translation>
            <numerusform>%n oppgave til med frist i denne saken</numerusform>
            <numerusform>%n oppgaver til med frist i denne saken</numerusform>
        </translation>
    </message>
    <message>
        <source>Application corrected</source>
        <translation>Søknaden er rettet</translation>
    </message>
    <message>
        <source>Attachment stored</source>
        <translation>Vedlegg lagret</translation>
    </message>
    <message>
        <source>Conditions edited</source>
        <translation>Vilkår endret</translation>
    </message>
    <message>
        <source>Synthetic case generated</source>
        <translation>Syntetisk sak laget</translation>
    </message>
    <message>
        <source>Database restored</source>
        <translation>Databasen er gjenopprettet</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>Innstilling endret</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Delivery of the data</source>
        <translation>Levering av dataene</translation>
    </message>
    <message>
        <source>End report</source>
        <translation>Sluttrapport</translation>
    </message>
    <message>
        <source>Confirmation of deletion</source>
        <translation>Bekreftelse på sletting</translation>
    </message>
    <message>
        <source>Data ordered</source>
        <translation>Data bestilt</translation>
    </message>
    <message>
        <source>Delivery delayed</source>
        <translation>Leveransen er forsinket</translation>
    </message>
    <message>
        <source>Data delivered</source>
        <translation>Data levert</translation>
    </message>
    <message>
        <source>End report received</source>
        <translation>Sluttrapport mottatt</translation>
    </message>
    <message>
        <source>Deletion confirmed</source>
        <translation>Sletting bekreftet</translation>
    </message>
    <message>
        <source>ask the registry manager about the delivery</source>
        <translation>spør registerforvalteren om leveransen</translation>
    </message>
    <message>
        <source>send the end-of-project reminder</source>
        <translation>send påminnelse om prosjektslutt</translation>
    </message>
    <message>
        <source>Appeal prepared</source>
        <translation>Klagen forberedt</translation>
    </message>
    <message>
        <source>reverse the decision or forward the appeal</source>
        <translation>omgjør vedtaket eller send klagen til klageinstansen</translation>
    </message>
    <message>
        <source>The appeal body&apos;s decision carried out</source>
        <translation>Klageinstansens vedtak gjennomført</translation>
    </message>
    <message>
        <source>record the appeal body&apos;s decision as a new version, or send its letter and registry notices</source>
        <translation>registrer klageinstansens vedtak som ny versjon, eller send brevet og meldingene til registerforvalterne</translation>
    </message>
</context>
<context>
    <name>fv::Cli</name>
    <message>
        <source>Try &apos;fellesvedtak-cli --help&apos;.</source>
        <translation>Prøv «fellesvedtak-cli --help».</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>ukjent valg %1</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 trenger en verdi</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>ingen kommando oppgitt</translation>
    </message>
    <message>
        <source>unknown command</source>
        <translation>ukjent kommando</translation>
    </message>
    <message>
        <source>%1: ready (schema version %2)</source>
        <translation>%1: klar (skjemaversjon %2)</translation>
    </message>
    <message>
        <source>%1: demo cases created</source>
        <translation>%1: demosaker opprettet</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot; (adviser, lawyer, decision-maker, admin)</source>
        <translation>ukjent rolle «%1» (adviser, lawyer, decision-maker, admin)</translation>
    </message>
    <message>
        <source>give at least one --role</source>
        <translation>oppgi minst én --role</translation>
    </message>
    <message>
        <source>user %1 added (%2)</source>
        <translation>brukeren %1 er lagt til (%2)</translation>
    </message>
    <message>
        <source>use &apos;audit verify&apos;</source>
        <translation>bruk «audit verify»</translation>
    </message>
    <message>
        <source>audit trail intact</source>
        <translation>revisjonssporet er intakt</translation>
    </message>
    <message>
        <source> (calendar holidays YEAR)</source>
        <translation> (calendar holidays ÅR)</translation>
    </message>
    <message>
        <source>YEAR is a year from 1583 to 9999</source>
        <translation>ÅR er et årstall fra 1583 til 9999</translation>
    </message>
    <message>
        <source> (calendar add-workdays DATE N)</source>
        <translation> (calendar add-workdays DATO N)</translation>
    </message>
    <message>
        <source>not a real date in the form YYYY-MM-DD</source>
        <translation>ikke en gyldig dato på formen ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>N is a whole number</source>
        <translation>N er et heltall</translation>
    </message>
    <message>
        <source>use &apos;calendar holidays YEAR&apos; or &apos;calendar add-workdays DATE N&apos;</source>
        <translation>bruk «calendar holidays ÅR» eller «calendar add-workdays DATO N»</translation>
    </message>
    <message>
        <source>--%1 is given more than once</source>
        <translation>--%1 er oppgitt mer enn én gang</translation>
    </message>
    <message>
        <source>missing argument</source>
        <translation>argument mangler</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>uventet argument «%1»</translation>
    </message>
    <message>
        <source> (attach CASE FILE)</source>
        <translation> (attach SAK FIL)</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>kan ikke lese filen: %1</translation>
    </message>
    <message>
        <source>the file is larger than the 20 MB limit for attachments</source>
        <translation>filen er større enn grensen på 20 MB for vedlegg</translation>
    </message>
    <message>
        <source>%1: %2 attached (%3)</source>
        <translation>%1: %2 er lagt ved (%3)</translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>--out FIL må oppgis</translation>
    </message>
    <message>
        <source>the file is larger than 10 MB; an application is far smaller</source>
        <translation>filen er større enn 10 MB; en søknad er langt mindre</translation>
    </message>
    <message>
        <source> (give one or more application files)</source>
        <translation> (oppgi én eller flere søknadsfiler)</translation>
    </message>
    <message>
        <source>imported %1 of %2 files; %3 refused</source>
        <translation>importerte %1 av %2 filer; %3 avvist</translation>
    </message>
    <message>
        <source>--%1: not a real date in the form YYYY-MM-DD</source>
        <translation>--%1: ikke en gyldig dato på formen ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>%1: assigned</source>
        <translation>%1: tildelt</translation>
    </message>
    <message>
        <source>%1: yours now</source>
        <translation>%1: saken er nå din</translation>
    </message>
    <message>
        <source>%1: completeness check started</source>
        <translation>%1: kontroll av om søknaden er komplett er startet</translation>
    </message>
    <message>
        <source>%1: complete; the statutory clock runs</source>
        <translation>%1: komplett; den lovfestede fristen løper</translation>
    </message>
    <message>
        <source>fellesvedtak-cli: warning: %1: marked complete without %2</source>
        <translation>fellesvedtak-cli: advarsel: %1: markert som komplett uten %2</translation>
    </message>
    <message>
        <source>%1: information requested; the clock is paused</source>
        <translation>%1: opplysninger etterspurt; fristen står stille</translation>
    </message>
    <message>
        <source>%1: answer received; the clock runs again</source>
        <translation>%1: svar mottatt; fristen løper igjen</translation>
    </message>
    <message>
        <source>%1: reminder recorded</source>
        <translation>%1: purring registrert</translation>
    </message>
    <message>
        <source>%1: rejected for no reply</source>
        <translation>%1: avvist fordi svar uteble</translation>
    </message>
    <message>
        <source>%1: withdrawn</source>
        <translation>%1: trukket</translation>
    </message>
    <message>
        <source>%1: closed</source>
        <translation>%1: avsluttet</translation>
    </message>
    <message>
        <source>--reason TEXT is required: why does the registry manager decide?</source>
        <translation>--reason TEKST må oppgis: hvorfor avgjør registerforvalteren?</translation>
    </message>
    <message>
        <source>%1: forwarded</source>
        <translation>%1: videresendt</translation>
    </message>
    <message>
        <source>%1: preliminary reply recorded</source>
        <translation>%1: foreløpig svar registrert</translation>
    </message>
    <message>
        <source> (assess CASE ITEM RESULT)</source>
        <translation> (assess SAK PUNKT RESULTAT)</translation>
    </message>
    <message>
        <source>unknown item &quot;%1&quot; (%2)</source>
        <translation>ukjent punkt «%1» (%2)</translation>
    </message>
    <message>
        <source>unknown result &quot;%1&quot; (fulfilled, not-fulfilled, not-relevant)</source>
        <translation>ukjent resultat «%1» (fulfilled, not-fulfilled, not-relevant)</translation>
    </message>
    <message>
        <source>%1: %2 recorded as %3</source>
        <translation>%1: %2 registrert som %3</translation>
    </message>
    <message>
        <source>--due DATE is required</source>
        <translation>--due DATO må oppgis</translation>
    </message>
    <message>
        <source>%1: registry manager consulted</source>
        <translation>%1: registerforvalteren er bedt om uttalelse</translation>
    </message>
    <message>
        <source>--answer is grant, partly or refuse</source>
        <translation>--answer er grant, partly eller refuse</translation>
    </message>
    <message>
        <source>%1: the registry manager&apos;s answer is recorded</source>
        <translation>%1: registerforvalterens svar er registrert</translation>
    </message>
    <message>
        <source>--text TEXT is required</source>
        <translation>--text TEKST må oppgis</translation>
    </message>
    <message>
        <source>%1: note for the applicant added</source>
        <translation>%1: notat til søkeren lagt til</translation>
    </message>
    <message>
        <source>%1: internal note added</source>
        <translation>%1: internt notat lagt til</translation>
    </message>
    <message>
        <source>paused until %1 (%2 working days)</source>
        <translation>stanset til %1 (%2 arbeidsdager)</translation>
    </message>
    <message>
        <source> (setting KEY [VALUE])</source>
        <translation> (setting NØKKEL [VERDI])</translation>
    </message>
    <message>
        <source>1 working day</source>
        <translation>1 arbeidsdag</translation>
    </message>
    <message>
        <source>%1 working days</source>
        <translation>%1 arbeidsdager</translation>
    </message>
    <message>
        <source>not running: the application is not complete yet</source>
        <translation>løper ikke: søknaden er ikke komplett ennå</translation>
    </message>
    <message>
        <source>%1; decided %2 (%3)</source>
        <translation>%1; vedtatt %2 (%3)</translation>
    </message>
    <message>
        <source>in time</source>
        <translation>i tide</translation>
    </message>
    <message>
        <source>LATE</source>
        <translation>FOR SENT</translation>
    </message>
    <message>
        <source>paused while waiting for the applicant: %1 of %2 used</source>
        <translation>stanset mens vi venter på søkeren: %1 av %2 brukt</translation>
    </message>
    <message>
        <source>%1 – OVERDUE by %2</source>
        <translation>%1 – OVERSKREDET med %2</translation>
    </message>
    <message>
        <source>%1, %2 left</source>
        <translation>%1, %2 igjen</translation>
    </message>
    <message>
        <source>OVERDUE by %1</source>
        <translation>OVERSKREDET med %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 igjen</translation>
    </message>
    <message>
        <source>required</source>
        <translation>påkrevd</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>ikke nødvendig</translation>
    </message>
    <message>
        <source>answered %1: %2</source>
        <translation>besvart %1: %2</translation>
    </message>
    <message>
        <source>OVERDUE, no answer</source>
        <translation>OVERSKREDET, ikke besvart</translation>
    </message>
    <message>
        <source>answered %1</source>
        <translation>besvart %1</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>ikke besvart ennå</translation>
    </message>
    <message>
        <source>the whole case</source>
        <translation>hele saken</translation>
    </message>
    <message>
        <source> (linked sources)</source>
        <translation> (koblede kilder)</translation>
    </message>
    <message>
        <source> (one source)</source>
        <translation> (én kilde)</translation>
    </message>
    <message>
        <source>(open)</source>
        <translation>(åpen)</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>sendt %1</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>ikke sendt</translation>
    </message>
    <message>
        <source>%1: decision draft %2 with %3 registries</source>
        <translation>%1: vedtaksutkast %2 med %3 registre</translation>
    </message>
    <message>
        <source> (outcome CASE REGISTRY OUTCOME)</source>
        <translation> (outcome SAK REGISTER UTFALL)</translation>
    </message>
    <message>
        <source>unknown outcome &quot;%1&quot; (granted, partly-granted, refused, forwarded)</source>
        <translation>ukjent utfall «%1» (granted, partly-granted, refused, forwarded)</translation>
    </message>
    <message>
        <source>the application does not ask for the registry %1</source>
        <translation>søknaden gjelder ikke registeret %1</translation>
    </message>
    <message>
        <source>%1 has no requested variable &quot;%2&quot;</source>
        <translation>%1 har ingen omsøkt variabel «%2»</translation>
    </message>
    <message>
        <source>%1: submitted for approval</source>
        <translation>%1: sendt til godkjenning</translation>
    </message>
    <message>
        <source>%1: decision approved</source>
        <translation>%1: vedtaket er godkjent</translation>
    </message>
    <message>
        <source>--text TEXT is required: say why the draft goes back</source>
        <translation>--text TEKST må oppgis: si hvorfor utkastet sendes tilbake</translation>
    </message>
    <message>
        <source>%1: draft returned to the drafter</source>
        <translation>%1: utkastet er sendt tilbake til saksbehandleren</translation>
    </message>
    <message>
        <source>use &apos;condition add CASE CODE&apos; or &apos;condition add CASE --text TEXT&apos;</source>
        <translation>bruk «condition add SAK KODE» eller «condition add SAK --text TEKST»</translation>
    </message>
    <message>
        <source> (condition add CASE (CODE | --text TEXT))</source>
        <translation> (condition add SAK (KODE | --text TEKST))</translation>
    </message>
    <message>
        <source>a custom condition needs its text</source>
        <translation>et egendefinert vilkår trenger en tekst</translation>
    </message>
    <message>
        <source>the decision has the condition %1 already</source>
        <translation>vedtaket har allerede vilkåret %1</translation>
    </message>
    <message>
        <source>no standard condition &quot;%1&quot; (known: %2)</source>
        <translation>intet standardvilkår «%1» (kjente: %2)</translation>
    </message>
    <message>
        <source>give --hours H and/or --exemption E</source>
        <translation>oppgi --hours T og/eller --exemption U</translation>
    </message>
    <message>
        <source>--hours is a number of hours, e.g. 3.5</source>
        <translation>--hours er et antall timer, f.eks. 3.5</translation>
    </message>
    <message>
        <source>--exemption is none, student-aggregated-anonymous, data-update or appeal</source>
        <translation>--exemption er none, student-aggregated-anonymous, data-update eller appeal</translation>
    </message>
    <message>
        <source> (give CASE FILE)</source>
        <translation> (oppgi SAK FIL)</translation>
    </message>
    <message>
        <source>%1: no change (the file holds the case&apos;s application)</source>
        <translation>%1: ingen endring (filen inneholder sakens søknad)</translation>
    </message>
    <message>
        <source>%1: application changed (%2)</source>
        <translation>%1: søknaden er endret (%2)</translation>
    </message>
    <message>
        <source>--kind KIND is required</source>
        <translation>--kind TYPE må oppgis</translation>
    </message>
    <message>
        <source>unknown letter kind &quot;%1&quot;</source>
        <translation>ukjent brevtype «%1»</translation>
    </message>
    <message>
        <source>--lang is nb, nn or en</source>
        <translation>--lang er nb, nn eller en</translation>
    </message>
    <message>
        <source>--out FILE.pdf is required</source>
        <translation>--out FIL.pdf må oppgis</translation>
    </message>
    <message>
        <source> (backup FILE)</source>
        <translation> (backup FIL)</translation>
    </message>
    <message>
        <source>%1: backup of %2 cases and %3 audit events (schema %4)</source>
        <translation>%1: sikkerhetskopi av %2 saker og %3 revisjonshendelser (skjema %4)</translation>
    </message>
    <message>
        <source> (restore FILE)</source>
        <translation> (restore FIL)</translation>
    </message>
    <message>
        <source>%1: restored from %2 (%3 cases, %4 audit events)</source>
        <translation>%1: gjenopprettet fra %2 (%3 saker, %4 revisjonshendelser)</translation>
    </message>
    <message>
        <source>the database it replaced is kept as %1</source>
        <translation>databasen den erstattet, er tatt vare på som %1</translation>
    </message>
    <message>
        <source>%1: ok (integrity, foreign keys, audit trail of %2 events, %3 cases whole)</source>
        <translation>%1: ok (integritet, fremmednøkler, revisjonsspor med %2 hendelser, %3 saker hele)</translation>
    </message>
    <message>
        <source>audit head: %1</source>
        <translation>siste revisjonshendelse: %1</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;</source>
        <translation>ukjent status «%1»</translation>
    </message>
    <message>
        <source>--limit needs a positive number</source>
        <translation>--limit trenger et positivt tall</translation>
    </message>
    <message>
        <source>unknown purpose &quot;%1&quot; (one of: %2)</source>
        <translation>ukjent formål «%1» (ett av: %2)</translation>
    </message>
    <message>
        <source>Processing time (complete → decided, paused days left out): </source>
        <translation>Saksbehandlingstid (komplett → vedtatt, uten dager saken sto stille): </translation>
    </message>
    <message>
        <source>--cases N is required</source>
        <translation>--cases N må oppgis</translation>
    </message>
    <message>
        <source>--cases needs a positive number</source>
        <translation>--cases trenger et positivt tall</translation>
    </message>
    <message>
        <source>--seed needs a number</source>
        <translation>--seed trenger et tall</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Sak</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> av %1</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Mottatt</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Prosjekt</translation>
    </message>
    <message>
        <source>deletion %1</source>
        <translation>sletting %1</translation>
    </message>
    <message>
        <source>Project leader</source>
        <translation>Prosjektleder</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Behandlingsansvarlig</translation>
    </message>
    <message>
        <source>Identifiability</source>
        <translation>Identifiserbarhet</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Lagring</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Saksbehandler</translation>
    </message>
    <message>
        <source>Data sources:</source>
        <translation>Datakilder:</translation>
    </message>
    <message>
        <source>drafted by %1</source>
        <translation>utarbeidet av %1</translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>godkjent av %1</translation>
    </message>
    <message>
        <source>returned: %1</source>
        <translation>sendt tilbake: %1</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>Dokumenter:</translation>
    </message>
    <message>
        <source>Events:</source>
        <translation>Hendelser:</translation>
    </message>
    <message>
        <source>Legal assessment (%1 of %2 required items settled):</source>
        <translation>Juridisk vurdering (%1 av %2 påkrevde punkter avklart):</translation>
    </message>
    <message>
        <source>Consultations with registry managers:</source>
        <translation>Høringer hos registerforvaltere:</translation>
    </message>
    <message>
        <source>sent %1  due %2</source>
        <translation>sendt %1  frist %2</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>venter</translation>
    </message>
    <message>
        <source>Dialogue with the applicant:</source>
        <translation>Dialog med søkeren:</translation>
    </message>
    <message>
        <source>requested by %1, answer due %2</source>
        <translation>etterspurt av %1, svarfrist %2</translation>
    </message>
    <message>
        <source>reminded %1, due %2</source>
        <translation>purret %1, frist %2</translation>
    </message>
    <message>
        <source>Forwarded %1 by %2:</source>
        <translation>Videresendt %1 av %2:</translation>
    </message>
    <message>
        <source>Internal notes:</source>
        <translation>Interne notater:</translation>
    </message>
    <message>
        <source>Notes for the applicant:</source>
        <translation>Notater til søkeren:</translation>
    </message>
    <message>
        <source>Deadlines of %1 (as of %2):</source>
        <translation>Frister for %1 (per %2):</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Komplett</translation>
    </message>
    <message>
        <source>limit %1</source>
        <translation>frist %1</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Stanset</translation>
    </message>
    <message>
        <source>Statutory deadline</source>
        <translation>Lovfestet frist</translation>
    </message>
    <message>
        <source>Preliminary reply</source>
        <translation>Foreløpig svar</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>frist %1</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Forfaller:</translation>
    </message>
    <message>
        <source>%1 decided, median %2, 90th percentile %3 working days; %4 % within the deadline</source>
        <translation>%1 vedtatt, median %2, 90-persentil %3 arbeidsdager; %4 % innen fristen</translation>
    </message>
    <message>
        <source>Received: %1   Decided: %2   Open now: %3</source>
        <translation>Mottatt: %1   Vedtatt: %2   Åpne nå: %3</translation>
    </message>
    <message>
        <source>Month     received  decided</source>
        <translation>Måned      mottatt  vedtatt</translation>
    </message>
    <message>
        <source>Registry  requested  decided  median  p90  within deadline</source>
        <translation>Register   omsøkt  vedtatt  median  p90  innen fristen</translation>
    </message>
    <message>
        <source>the output could not be written (is the disk full?); it is incomplete</source>
        <translation>utdataene kunne ikke skrives (er disken full?); de er ufullstendige</translation>
    </message>
    <message>
        <source>no case database at %1; create one with init</source>
        <translation>ingen saksdatabase i %1; opprett en med init</translation>
    </message>
    <message>
        <source>the database exists already and is not a test database; --test marks only a new one</source>
        <translation>databasen finnes allerede og er ikke en testdatabase; --test merker bare en ny database</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>deaktivert</translation>
    </message>
    <message>
        <source>user %1: nothing to change</source>
        <translation>brukeren %1: ingenting å endre</translation>
    </message>
    <message>
        <source>user %1 activated</source>
        <translation>brukeren %1 er aktivert</translation>
    </message>
    <message>
        <source>user %1 deactivated</source>
        <translation>brukeren %1 er deaktivert</translation>
    </message>
    <message>
        <source>give --add ROLE or --remove ROLE</source>
        <translation>oppgi --add ROLLE eller --remove ROLLE</translation>
    </message>
    <message>
        <source>user %1 now has the roles %2</source>
        <translation>brukeren %1 har nå rollene %2</translation>
    </message>
    <message>
        <source>give --full-name TEXT or --title TEXT</source>
        <translation>oppgi --full-name TEKST eller --title TEKST</translation>
    </message>
    <message>
        <source>user %1: %2</source>
        <translation>brukeren %1: %2</translation>
    </message>
    <message>
        <source>user %1: %2, %3</source>
        <translation>brukeren %1: %2, %3</translation>
    </message>
    <message>
        <source>use &apos;user add&apos;, &apos;user list&apos;, &apos;user deactivate&apos;, &apos;user activate&apos;, &apos;user role&apos; or &apos;user set&apos;</source>
        <translation>bruk &apos;user add&apos;, &apos;user list&apos;, &apos;user deactivate&apos;, &apos;user activate&apos;, &apos;user role&apos; eller &apos;user set&apos;</translation>
    </message>
    <message>
        <source>Decision %1 (%2, revision %3, overall %4):</source>
        <translation>Vedtak %1 (%2, revisjon %3, samlet %4):</translation>
    </message>
    <message>
        <source>--version is the decision&apos;s revision as &apos;show&apos; prints it, e.g. 3</source>
        <translation>--version er vedtakets revisjon slik &apos;show&apos; viser den, f.eks. 3</translation>
    </message>
    <message>
        <source>%1: the registry managers have not answered the consultation on %2; add --despite-open-consultation to send the draft for approval without their answer</source>
        <translation>%1: registerforvalterne har ikke svart på høringen om %2; legg til --despite-open-consultation for å sende utkastet til godkjenning uten svaret deres</translation>
    </message>
    <message>
        <source>--as cannot be used on the team server: there you act as the login you connected with (%1)</source>
        <translation>--as kan ikke brukes på fellesserveren: der handler du som påloggingen du koblet til med (%1)</translation>
    </message>
    <message>
        <source>No users yet: IT grants fv_admin to the first administrator&apos;s login, who then adds themselves with: user add LOGIN --role admin (docs/TEAM.md)</source>
        <translation>Ingen brukere ennå: IT gir påloggingen til den første administratoren rollen fv_admin, og administratoren legger så til seg selv med: user add PÅLOGGING --role admin (docs/TEAM.md)</translation>
    </message>
    <message>
        <source>the demo cases go into a database file of their own, never onto the team server</source>
        <translation>eksempelsakene legges i en egen databasefil, aldri på fellesserveren</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) old</source>
        <translation>
            <numerusform>%n dag gammel</numerusform>
            <numerusform>%n dager gammel</numerusform>
        </translation>
    </message>
    <message>
        <source>screened: %1</source>
        <translation>skjermet: %1</translation>
    </message>
    <message>
        <source>closed %1 (%2)</source>
        <translation>avskrevet %1 (%2)</translation>
    </message>
    <message>
        <source>open</source>
        <translation>åpen</translation>
    </message>
    <message>
        <source>--%1 DATE is required</source>
        <translation>--%1 DATO må oppgis</translation>
    </message>
    <message>
        <source>--%1 needs a date YYYY-MM-DD, not &quot;%2&quot;</source>
        <translation>--%1 må være en dato ÅÅÅÅ-MM-DD, ikke «%2»</translation>
    </message>
    <message>
        <source>the journal entry %1 does not belong to the case %2</source>
        <translation>journalposten %1 hører ikke til saken %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a journal entry number (e.g. 3, or %2-3)</source>
        <translation>«%1» er ikke et journalpostnummer (f.eks. 3 eller %2-3)</translation>
    </message>
    <message>
        <source>--basis TEXT is required, e.g. --basis &quot;Offl. § 13 jf. fvl. § 13&quot;</source>
        <translation>--basis TEKST må oppgis, f.eks. --basis &quot;Offl. § 13 jf. fvl. § 13&quot;</translation>
    </message>
    <message>
        <source>--note TEXT is required</source>
        <translation>--note TEKST må oppgis</translation>
    </message>
    <message>
        <source>the archive command is: archive export</source>
        <translation>arkivkommandoen er: archive export</translation>
    </message>
    <message>
        <source>--out DIR is required</source>
        <translation>--out MAPPE må oppgis</translation>
    </message>
    <message>
        <source>archive export: %1 %</source>
        <translation>arkivuttrekk: %1 %</translation>
    </message>
    <message>
        <source>%1 cases, %2 journal entries, %3 documents written to %4</source>
        <translation>%1 saker, %2 journalposter og %3 dokumenter skrevet til %4</translation>
    </message>
    <message>
        <source>give either --text TEXT or --clear</source>
        <translation>oppgi enten --text TEKST eller --clear</translation>
    </message>
    <message>
        <source>--text is empty; use --clear to state no legal basis abroad</source>
        <translation>--text er tom; bruk --clear for å fjerne rettsgrunnlaget i utlandet</translation>
    </message>
    <message>
        <source>%1: no legal basis abroad is stated</source>
        <translation>%1: ikke noe rettsgrunnlag i utlandet er oppgitt</translation>
    </message>
    <message>
        <source>%1: the legal basis abroad is stated</source>
        <translation>%1: rettsgrunnlaget i utlandet er oppgitt</translation>
    </message>
    <message>
        <source>%1: not a real date in the form YYYY-MM-DD</source>
        <translation>%1: ikke en gyldig dato på formen ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>The decision letter has not been sent yet.</source>
        <translation>Vedtaksbrevet er ikke sendt ennå.</translation>
    </message>
    <message>
        <source>Decision letter sent: %1; data due by: %2</source>
        <translation>Vedtaksbrev sendt: %1; dataene skal være levert innen: %2</translation>
    </message>
    <message>
        <source>ordered %1</source>
        <translation>bestilt %1</translation>
    </message>
    <message>
        <source>delayed %1: %2</source>
        <translation>forsinket %1: %2</translation>
    </message>
    <message>
        <source>delivered %1</source>
        <translation>levert %1</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>FORSINKET</translation>
    </message>
    <message>
        <source>%1: the data from %2 are recorded as ordered</source>
        <translation>%1: dataene fra %2 er registrert som bestilt</translation>
    </message>
    <message>
        <source>%1: the delivery from %2 is recorded as delayed</source>
        <translation>%1: leveransen fra %2 er registrert som forsinket</translation>
    </message>
    <message>
        <source>%1: the data from %2 are recorded as delivered</source>
        <translation>%1: dataene fra %2 er registrert som levert</translation>
    </message>
    <message>
        <source>not received</source>
        <translation>ikke mottatt</translation>
    </message>
    <message>
        <source>Project end: %1; end report due by %2; received: %3%4</source>
        <translation>Prosjektslutt: %1; sluttrapport innen %2; mottatt: %3%4</translation>
    </message>
    <message>
        <source> (LATE)</source>
        <translation> (FORSINKET)</translation>
    </message>
    <message>
        <source>Deletion date: %1; deletion confirmed: %2%3</source>
        <translation>Slettedato: %1; sletting bekreftet: %2%3</translation>
    </message>
    <message>
        <source>--reason and --on go with --ordered, --delivered or --delayed</source>
        <translation>--reason og --on brukes sammen med --ordered, --delivered eller --delayed</translation>
    </message>
    <message>
        <source>give one of --ordered, --delivered DATE and --delayed REASON</source>
        <translation>oppgi én av --ordered, --delivered DATO og --delayed BEGRUNNELSE</translation>
    </message>
    <message>
        <source>--delivered takes its date itself: --delivered DATE</source>
        <translation>--delivered tar datoen selv: --delivered DATO</translation>
    </message>
    <message>
        <source>--delayed needs the reason: --delayed REASON</source>
        <translation>--delayed trenger en begrunnelse: --delayed BEGRUNNELSE</translation>
    </message>
    <message>
        <source>give one of --report DATE and --deleted DATE at a time</source>
        <translation>oppgi bare én av --report DATO og --deleted DATO om gangen</translation>
    </message>
    <message>
        <source>%1: the end report is recorded as received</source>
        <translation>%1: sluttrapporten er registrert som mottatt</translation>
    </message>
    <message>
        <source>%1: deletion or anonymisation is recorded as confirmed</source>
        <translation>%1: sletting eller anonymisering er registrert som bekreftet</translation>
    </message>
    <message>
        <source>registries %1 % alike, variables %2 % alike, %3</source>
        <translation>registre %1 % like, variabler %2 % like, %3</translation>
    </message>
    <message>
        <source>same purpose</source>
        <translation>samme formål</translation>
    </message>
    <message>
        <source>another purpose</source>
        <translation>annet formål</translation>
    </message>
    <message>
        <source>Reasons: %1</source>
        <translation>Begrunnelse: %1</translation>
    </message>
    <message>
        <source>Condition: %1</source>
        <translation>Vilkår: %1</translation>
    </message>
    <message>
        <source>--limit needs a number from 1 to %1, not &quot;%2&quot;</source>
        <translation>--limit må være et tall fra 1 til %1, ikke «%2»</translation>
    </message>
    <message>
        <source>No approved decision shares a registry with %1.</source>
        <translation>Ingen godkjente vedtak gjelder noen av registrene i %1.</translation>
    </message>
    <message>
        <source>on the team server, backup and restore are IT&apos;s work with PostgreSQL&apos;s own tools: pg_dump and pg_restore, or continuous archiving with point-in-time recovery (docs/TEAM.md)</source>
        <translation>på fellesserveren tar IT seg av sikkerhetskopiering og gjenoppretting med PostgreSQL sine egne verktøy: pg_dump og pg_restore, eller kontinuerlig arkivering med gjenoppretting til et tidspunkt (docs/TEAM.md)</translation>
    </message>
    <message>
        <source>--to needs the team server&apos;s address, postgresql://HOST/DATABASE</source>
        <translation>--to trenger adressen til teamserveren, postgresql://VERT/DATABASE</translation>
    </message>
    <message>
        <source>--db names the SQLite file to migrate, not a server</source>
        <translation>--db skal peke på SQLite-filen som skal overføres, ikke på en server</translation>
    </message>
    <message>
        <source>%1 migrated to %2: %3 cases, %4 documents, %5 users, %6 events</source>
        <translation>%1 er overført til %2: %3 saker, %4 dokumenter, %5 brukere, %6 hendelser</translation>
    </message>
    <message>
        <source>old audit head: %1</source>
        <translation>gammel topp i hendelsesloggen: %1</translation>
    </message>
    <message>
        <source>audit head on the server: %1</source>
        <translation>topp i hendelsesloggen på serveren: %1</translation>
    </message>
    <message>
        <source>%1: no appeal</source>
        <translation>%1: ingen klage</translation>
    </message>
    <message>
        <source>Appeal from %1 received %2 against letter %3 (decision %4): %5</source>
        <translation>Klage fra %1 mottatt %2 over brev %3 (vedtak %4): %5</translation>
    </message>
    <message>
        <source>  last day to appeal %1: %2</source>
        <translation>  klagefrist %1: %2</translation>
    </message>
    <message>
        <source>  to be prepared by %1</source>
        <translation>  skal være forberedt innen %1</translation>
    </message>
    <message>
        <source>  forwarded to %1 on %2; comments by %3</source>
        <translation>  sendt til %1 %2; merknader innen %3</translation>
    </message>
    <message>
        <source>  result %1 on %2 %3</source>
        <translation>  resultat %1 %2 %3</translation>
    </message>
    <message>
        <source>--received DATE, --from NAME and --contests TEXT are required</source>
        <translation>--received DATO, --from NAVN og --contests TEKST må oppgis</translation>
    </message>
    <message>
        <source>%1: appeal registered, in time (last day %2); to be prepared by %3</source>
        <translation>%1: klage registrert, kom i tide (klagefrist %2); skal være forberedt innen %3</translation>
    </message>
    <message>
        <source>%1: appeal registered, LATE (last day %2): consider it (appeal consider) or reject it (appeal reject)</source>
        <translation>%1: klage registrert, FOR SENT (klagefrist %2): behandle den likevel (appeal consider) eller avvis den (appeal reject)</translation>
    </message>
    <message>
        <source>--reason TEXT is required: a rejection is a decision with reasons</source>
        <translation>--reason TEKST må oppgis: en avvisning er et vedtak og skal begrunnes</translation>
    </message>
    <message>
        <source>%1: the late appeal is considered (fvl § 31) and prepared</source>
        <translation>%1: den for sene klagen behandles likevel (fvl. § 31) og forberedes</translation>
    </message>
    <message>
        <source>%1: the late appeal is rejected; send the rejection letter (send %1 --kind appeal-rejection)</source>
        <translation>%1: den for sene klagen er avvist; send avvisningsbrevet (send %1 --kind appeal-rejection)</translation>
    </message>
    <message>
        <source>%1: decision version %2 drafted to reverse the appealed decision; edit, submit and have it approved as any decision</source>
        <translation>%1: vedtaksversjon %2 er laget som utkast for å omgjøre det påklagede vedtaket; rediger, send til godkjenning og få det godkjent som ethvert vedtak</translation>
    </message>
    <message>
        <source>--view TEXT is required: HDS&apos;s view of the appeal</source>
        <translation>--view TEKST må oppgis: HDS&apos; syn på klagen</translation>
    </message>
    <message>
        <source>--comment-days takes a number of days, not &quot;%1&quot;</source>
        <translation>--comment-days tar et antall dager, ikke «%1»</translation>
    </message>
    <message>
        <source>%1: the appeal is forwarded; send the forwarding letter (--kind appeal-forwarding) and the appellant&apos;s copy (--kind appeal-copy)</source>
        <translation>%1: klagen er sendt til klageinstansen; send oversendelsesbrevet (--kind appeal-forwarding) og kopien til klageren (--kind appeal-copy)</translation>
    </message>
    <message>
        <source>give one of --upheld, --reversed, --partly and --sent-back</source>
        <translation>gi én av --upheld, --reversed, --partly og --sent-back</translation>
    </message>
    <message>
        <source>--date DATE is required: the day of the appeal body&apos;s decision</source>
        <translation>--date DATO må oppgis: datoen for klageinstansens vedtak</translation>
    </message>
    <message>
        <source>%1: the appeal body&apos;s result is recorded: %2</source>
        <translation>%1: klageinstansens resultat er registrert: %2</translation>
    </message>
    <message>
        <source>--title TEXT is required</source>
        <translation>--title TEKST må oppgis</translation>
    </message>
    <message>
        <source>--from-note needs the number of an internal note (1 = the case&apos;s oldest), not &quot;%1&quot;</source>
        <translation>--from-note trenger nummeret på et internt notat (1 = sakens eldste), ikke «%1»</translation>
    </message>
    <message>
        <source>archive export: left out, not archivable: %1</source>
        <translation>archive export: utelatt, kan ikke arkiveres: %1</translation>
    </message>
    <message>
        <source>%1: %2 (comment by %3)</source>
        <translation>%1: %2 (frist for merknader %3)</translation>
    </message>
    <message>
        <source>Implementation suspended (fvl § 42)</source>
        <translation>Iverksetting utsatt (fvl. § 42)</translation>
    </message>
    <message>
        <source>%1: %2 sent as document %3%4</source>
        <translation>%1: %2 sendt som dokument %3%4</translation>
    </message>
    <message>
        <source> (to the manager of %1)</source>
        <translation> (til forvalteren av %1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>  registries: %1%2</source>
        <translation>  registre: %1%2</translation>
    </message>
    <message>
        <source> (all granted)</source>
        <translation> (alle det er gitt tilgang til)</translation>
    </message>
    <message>
        <source>  notice sent %1 by %2; comment by %3; comment received: %4</source>
        <translation>  varsel sendt %1 av %2; frist for merknader %3; merknader mottatt: %4</translation>
    </message>
    <message>
        <source>  grounds: %1</source>
        <translation>  grunnlag: %1</translation>
    </message>
    <message>
        <source>  decision: %1 (%2), proposed by %3; approved by %4 on %5</source>
        <translation>  vedtak: %1 (%2), foreslått av %3; godkjent av %4 %5</translation>
    </message>
    <message>
        <source>  reason: %1</source>
        <translation>  begrunnelse: %1</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>ikke avgjort</translation>
    </message>
    <message>
        <source>granted on %1: implementation suspended</source>
        <translation>innvilget %1: iverksetting utsatt</translation>
    </message>
    <message>
        <source>granted on %1, ended %2</source>
        <translation>innvilget %1, avsluttet %2</translation>
    </message>
    <message>
        <source>refused on %1</source>
        <translation>avslått %1</translation>
    </message>
    <message>
        <source>Suspension requested %1 by %2: %3</source>
        <translation>Utsatt iverksetting bedt om %1 av %2: %3</translation>
    </message>
    <message>
        <source>%1: no revocation, reversal or suspension</source>
        <translation>%1: ingen tilbakekall, omgjøring eller utsatt iverksetting</translation>
    </message>
    <message>
        <source>give the grounds: --grounds TEXT</source>
        <translation>oppgi grunnlaget: --grounds TEKST</translation>
    </message>
    <message>
        <source>%1: advance notice recorded</source>
        <translation>%1: forhåndsvarsel registrert</translation>
    </message>
    <message>
        <source>--outcome is revoked, partly or dropped, not &quot;%1&quot;</source>
        <translation>--outcome er revoked, partly eller dropped, ikke «%1»</translation>
    </message>
    <message>
        <source>%1: decision proposed (%2); a decision-maker other than you approves it</source>
        <translation>%1: vedtak foreslått (%2); en annen beslutningstaker enn deg godkjenner det</translation>
    </message>
    <message>
        <source>%1: the applicant&apos;s comment is recorded</source>
        <translation>%1: søkerens merknader er registrert</translation>
    </message>
    <message>
        <source>give notify, comment, decide, approve or show, and the case</source>
        <translation>oppgi notify, comment, decide, approve eller show, og saken</translation>
    </message>
    <message>
        <source>%1: the decision is approved</source>
        <translation>%1: vedtaket er godkjent</translation>
    </message>
    <message>
        <source>unknown sub-command &quot;%1&quot;: notify, comment, decide, approve or show</source>
        <translation>ukjent underkommando «%1»: notify, comment, decide, approve eller show</translation>
    </message>
    <message>
        <source>give one of --requested DATE, --grant, --refuse and --end DATE</source>
        <translation>oppgi én av --requested DATO, --grant, --refuse og --end DATO</translation>
    </message>
    <message>
        <source>%1: suspended implementation granted</source>
        <translation>%1: utsatt iverksetting innvilget</translation>
    </message>
    <message>
        <source>%1: suspended implementation refused</source>
        <translation>%1: utsatt iverksetting avslått</translation>
    </message>
    <message>
        <source>%1: the request for suspended implementation is recorded</source>
        <translation>%1: anmodningen om utsatt iverksetting er registrert</translation>
    </message>
    <message>
        <source>%1: suspended implementation ended; deliveries are followed up again</source>
        <translation>%1: utsatt iverksetting er avsluttet; utleveringene følges opp igjen</translation>
    </message>
    <message>
        <source>%1: the appeal is withdrawn; the decision stands</source>
        <translation>%1: klagen er trukket tilbake; vedtaket står seg</translation>
    </message>
    <message>
        <source>:/cli/help.en.txt</source>
        <comment>the file of the --help text in this language</comment>
        <translation>:/cli/help.nb.txt</translation>
    </message>
    <message>
        <source>  the appeal as received: %1 (%2, %3 bytes)</source>
        <translation>  klagen slik den kom inn: %1 (%2, %3 byte)</translation>
    </message>
    <message>
        <source>  the appeal body&apos;s decision as received: %1 (%2, %3 bytes)</source>
        <translation>  klageinstansens vedtak slik det kom inn: %1 (%2, %3 byte)</translation>
    </message>
    <message>
        <source>give the appeal&apos;s text with --text TEXT, its file with --file FILE, or both</source>
        <translation>oppgi klagens tekst med --text TEKST, filen med --file FIL, eller begge</translation>
    </message>
    <message>
        <source>The result changes what the registry managers deliver: record the appeal body&apos;s decision as a new decision version (appeal implement %1); once it is approved, send the registry notices (send %1 --kind registry-notice)</source>
        <translation>Resultatet endrer det registerforvalterne skal utlevere: registrer klageinstansens vedtak som en ny vedtaksversjon (appeal implement %1); når den er godkjent, sender du meldingene til registerforvalterne (send %1 --kind registry-notice)</translation>
    </message>
    <message>
        <source>%1: decision version %2 drafted to record the appeal body&apos;s decision; edit it to match that decision, submit it and have it approved by another person; then send the registry notices (send %1 --kind registry-notice)</source>
        <translation>%1: vedtaksversjon %2 er opprettet for å registrere klageinstansens vedtak; rediger den slik at den stemmer med det vedtaket, send den til godkjenning og få den godkjent av en annen person; send deretter meldingene til registerforvalterne (send %1 --kind registry-notice)</translation>
    </message>
    <message>
        <source>say what to do: register, consider, reject, reverse, forward, result, implement, withdraw or list</source>
        <translation>si hva som skal gjøres: register, consider, reject, reverse, forward, result, implement, withdraw eller list</translation>
    </message>
    <message>
        <source>file: %1</source>
        <translation>fil: %1</translation>
    </message>
    <message>
        <source>Received files:</source>
        <translation>Mottatte filer:</translation>
    </message>
    <message>
        <source>appeal %1 as received</source>
        <translation>klage %1 slik den kom inn</translation>
    </message>
    <message>
        <source>the appeal body&apos;s decision on appeal %1</source>
        <translation>klageinstansens vedtak i klage %1</translation>
    </message>
    <message>
        <source>%1 (%2, %3 bytes), received %4: %5</source>
        <translation>%1 (%2, %3 byte), mottatt %4: %5</translation>
    </message>
</context>
<context>
    <name>fv::Clock</name>
    <message>
        <source>“%1” is not a date of the form YYYY-MM-DD</source>
        <translation>«%1» er ikke en dato på formen ÅÅÅÅ-MM-DD</translation>
    </message>
</context>
<context>
    <name>fv::ConditionLibraryDialog</name>
    <message>
        <source>Standard conditions</source>
        <translation>Standardvilkår</translation>
    </message>
    <message>
        <source>a–z, digits and -, e.g. storage</source>
        <translation>a–z, sifre og -, f.eks. storage</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kode:</translation>
    </message>
    <message>
        <source>&amp;Bokmål:</source>
        <translation>&amp;Bokmål:</translation>
    </message>
    <message>
        <source>&amp;English:</source>
        <translation>&amp;Engelsk:</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>Eksempel:</translation>
    </message>
    <message>
        <source>&amp;New condition</source>
        <translation>Nytt &amp;vilkår</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flytt &amp;opp</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Flytt ne&amp;d</translation>
    </message>
    <message>
        <source>Only an administrator can change the standard conditions.</source>
        <translation>Bare en administrator kan endre standardvilkårene.</translation>
    </message>
    <message>
        <source>(no code)</source>
        <translation>(ingen kode)</translation>
    </message>
    <message>
        <source>Unknown placeholder: %1</source>
        <translation>Ukjent plassholder: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n standard condition(s) saved; new decision drafts start from them.</source>
        <translation>
            <numerusform>%n standardvilkår er lagret; nye vedtaksutkast tar utgangspunkt i det.</numerusform>
            <numerusform>%n standardvilkår er lagret; nye vedtaksutkast tar utgangspunkt i dem.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Placeholders&lt;/b&gt; are filled in from the application when a draft is made: &lt;tt&gt;{{environment}}&lt;/tt&gt; the storage environment, &lt;tt&gt;{{deletionDate}}&lt;/tt&gt; the date the data are to be deleted or anonymised, &lt;tt&gt;{{projectEnd}}&lt;/tt&gt; the end of the project, &lt;tt&gt;{{endReportDue}}&lt;/tt&gt; the day the end-of-project report is due (the setting&apos;s months after the project end).</source>
        <translation>&lt;b&gt;Plassholdere&lt;/b&gt; fylles ut fra søknaden når et utkast lages: &lt;tt&gt;{{environment}}&lt;/tt&gt; lagringsmiljøet, &lt;tt&gt;{{deletionDate}}&lt;/tt&gt; datoen opplysningene skal slettes eller anonymiseres, &lt;tt&gt;{{projectEnd}}&lt;/tt&gt; prosjektslutt, &lt;tt&gt;{{endReportDue}}&lt;/tt&gt; fristen for sluttmeldingen (så mange måneder etter prosjektslutt som innstillingen sier).</translation>
    </message>
    <message>
        <source>N&amp;ynorsk:</source>
        <translation>N&amp;ynorsk:</translation>
    </message>
    <message>
        <source>The condition %1 uses the unknown placeholder %2; use {{environment}}, {{deletionDate}}, {{projectEnd}} or {{endReportDue}}.</source>
        <translation>Vilkåret %1 bruker den ukjente plassholderen %2; bruk {{environment}}, {{deletionDate}}, {{projectEnd}} eller {{endReportDue}}.</translation>
    </message>
</context>
<context>
    <name>fv::ConsultationModel</name>
    <message>
        <source>Answered %1</source>
        <translation>Besvart %1</translation>
    </message>
    <message>
        <source>Overdue, no answer</source>
        <translation>Over fristen, ikke besvart</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Venter</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation>Svarfrist</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
</context>
<context>
    <name>fv::DataSourceEditor</name>
    <message>
        <source>Remove data source</source>
        <translation>Fjern datakilde</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <source>Choose a registry…</source>
        <translation>Velg et register …</translation>
    </message>
    <message>
        <source>A variable not in the list</source>
        <translation>En variabel som ikke står i listen</translation>
    </message>
    <message>
        <source>Why the project needs these variables</source>
        <translation>Hvorfor prosjektet trenger disse variablene</translation>
    </message>
    <message>
        <source>Registry:</source>
        <translation>Register:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <source>Tick the variables the applicant asks for. Others can be added:</source>
        <translation>Kryss av for variablene søkeren ber om. Andre kan legges til:</translation>
    </message>
    <message>
        <source>Variables:</source>
        <translation>Variabler:</translation>
    </message>
    <message>
        <source>Justification:</source>
        <translation>Begrunnelse:</translation>
    </message>
    <message>
        <source>Not in the registry&apos;s catalogue</source>
        <translation>Finnes ikke i registerets variabelliste</translation>
    </message>
    <message>
        <source>Data source %1</source>
        <translation>Datakilde %1</translation>
    </message>
    <message>
        <source>%1 › Registry</source>
        <translation>%1 › Register</translation>
    </message>
    <message>
        <source>%1 › Period from</source>
        <translation>%1 › Periode fra</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>%1 › Period to</source>
        <translation>%1 › Periode til</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>%1 › Variables</source>
        <translation>%1 › Variabler</translation>
    </message>
    <message>
        <source>%1 › Justification</source>
        <translation>%1 › Begrunnelse</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Periode fra</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Periode til</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Variabler</translation>
    </message>
    <message>
        <source>Other variable</source>
        <translation>Annen variabel</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Begrunnelse</translation>
    </message>
</context>
<context>
    <name>fv::DateField</name>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.åååå</translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation>Velg en dato</translation>
    </message>
</context>
<context>
    <name>fv::Decision</name>
    <message>
        <source>An approved decision is locked; it can only be replaced by a new decision</source>
        <translation>Et godkjent vedtak er låst; det kan bare erstattes av et nytt vedtak</translation>
    </message>
    <message>
        <source>a condition code has 1–40 letters a–z, digits and &apos;-&apos;: &quot;%1&quot;</source>
        <translation>en vilkårskode har 1–40 tegn: bokstavene a–z, sifre og «-»: «%1»</translation>
    </message>
    <message>
        <source>the condition code %1 is used twice</source>
        <translation>vilkårskoden %1 er brukt to ganger</translation>
    </message>
    <message>
        <source>the condition %1 needs its text in bokmål, nynorsk and English</source>
        <translation>vilkåret %1 må ha tekst på bokmål, nynorsk og engelsk</translation>
    </message>
    <message>
        <source>the library of standard conditions</source>
        <translation>standardvilkårene</translation>
    </message>
    <message>
        <source>a price table needs the date it applies from</source>
        <translation>en pristabell må ha datoen den gjelder fra</translation>
    </message>
    <message>
        <source>prices cannot be negative</source>
        <translation>prisene kan ikke være negative</translation>
    </message>
    <message>
        <source>the price tables</source>
        <translation>pristabellene</translation>
    </message>
    <message>
        <source>The registry managers have not yet answered the consultation on %1: confirm that the decision goes for approval without their answer</source>
        <translation>Registerforvalterne har ennå ikke svart på høringen om %1: bekreft at vedtaket skal sendes til godkjenning uten svaret deres</translation>
    </message>
    <message>
        <source>Say why the draft goes back: the comment is required</source>
        <translation>Begrunn hvorfor utkastet sendes tilbake: kommentaren er påkrevd</translation>
    </message>
    <message>
        <source>The foreign legal basis is %1 characters long; at most %2 are allowed</source>
        <translation>Rettsgrunnlaget i utlandet er %1 tegn langt; det kan være høyst %2 tegn</translation>
    </message>
    <message>
        <source>No foreign legal basis is stated for case %1</source>
        <translation>Det er ikke oppgitt noe rettsgrunnlag i utlandet for sak %1</translation>
    </message>
    <message>
        <source>Case %1 already states this foreign legal basis</source>
        <translation>Sak %1 har allerede dette rettsgrunnlaget i utlandet</translation>
    </message>
</context>
<context>
    <name>fv::DecisionConditionModel</name>
    <message>
        <source>Own condition for this decision</source>
        <translation>Eget vilkår for dette vedtaket</translation>
    </message>
    <message>
        <source>Standard condition “%1”</source>
        <translation>Standardvilkår «%1»</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>Legg til vilkår</translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation>Fjern vilkår</translation>
    </message>
    <message>
        <source>Change condition</source>
        <translation>Endre vilkår</translation>
    </message>
</context>
<context>
    <name>fv::DecisionEditor</name>
    <message>
        <source>&amp;Registries and variables</source>
        <translation>&amp;Registre og variabler</translation>
    </message>
    <message>
        <source>E&amp;xemption and reasons</source>
        <translation>&amp;Dispensasjon og begrunnelse</translation>
    </message>
    <message>
        <source>&amp;Conditions</source>
        <translation>&amp;Vilkår</translation>
    </message>
    <message>
        <source>&amp;Fee</source>
        <translation>&amp;Gebyr</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>Gjør &amp;om</translation>
    </message>
    <message>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>Angre: %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation>Gjør om: %1 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>&amp;Lagre utkast</translation>
    </message>
    <message>
        <source>Save the draft (Ctrl+S)</source>
        <translation>Lagre utkastet (Ctrl+S)</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>Lu&amp;kk</translation>
    </message>
    <message>
        <source>case %1 has no decision yet; make a draft first (Ctrl+D)</source>
        <translation>sak %1 har ikke noe vedtak ennå; lag et utkast først (Ctrl+D)</translation>
    </message>
    <message>
        <source>This is version %1, kept for the record; it can only be read.</source>
        <translation>Dette er versjon %1, som er tatt vare på som dokumentasjon; den kan bare leses.</translation>
    </message>
    <message>
        <source>The draft is waiting for approval and can no longer be edited; the decision-maker can return it.</source>
        <translation>Utkastet venter på godkjenning og kan ikke lenger redigeres; beslutningstakeren kan returnere det.</translation>
    </message>
    <message>
        <source>This decision is approved and locked; it can only be read.</source>
        <translation>Dette vedtaket er godkjent og låst; det kan bare leses.</translation>
    </message>
    <message>
        <source>This decision has been replaced by a later one; it can only be read.</source>
        <translation>Dette vedtaket er erstattet av et senere vedtak; det kan bare leses.</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Gjør &amp;om</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>This decision cannot be changed here: %1</source>
        <translation>Dette vedtaket kan ikke endres her: %1</translation>
    </message>
    <message>
        <source>The draft of %1 is saved.</source>
        <translation>Utkastet i %1 er lagret.</translation>
    </message>
    <message>
        <source>The draft is saved, but the letter gives no reason for: %1.</source>
        <translation>Utkastet er lagret, men brevet gir ingen begrunnelse for: %1.</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 er %2</translation>
    </message>
    <message>
        <source>the variable %1 in %2</source>
        <translation>variabelen %1 i %2</translation>
    </message>
    <message>
        <source>read only</source>
        <translation>skrivebeskyttet</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>utkast</translation>
    </message>
    <message>
        <source>Decision in case %1, version %2 (%3)[*]</source>
        <translation>Vedtak i sak %1, versjon %2 (%3)[*]</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ulagrede endringer</translation>
    </message>
    <message>
        <source>The draft of %1 has changes that are not saved. Close and throw them away?</source>
        <translation>Utkastet i %1 har endringer som ikke er lagret. Vil du lukke og forkaste dem?</translation>
    </message>
    <message>
        <source>Legal basis (personal data)</source>
        <translation>Rettslig grunnlag (personopplysninger)</translation>
    </message>
    <message>
        <source>Legal basis (anonymous data)</source>
        <translation>Rettslig grunnlag (anonyme opplysninger)</translation>
    </message>
    <message>
        <source>Reasons for granting</source>
        <translation>Begrunnelse for innvilgelse</translation>
    </message>
    <message>
        <source>Legal basis of the exemption</source>
        <translation>Hjemmel for dispensasjonen</translation>
    </message>
    <message>
        <source>Reasons for the exemption</source>
        <translation>Begrunnelse for dispensasjonen</translation>
    </message>
    <message>
        <source>&amp;An exemption from the duty of confidentiality is needed</source>
        <translation>Dispensasjon fra taushetsplikt er &amp;nødvendig</translation>
    </message>
    <message>
        <source>Not for anonymous data: they are not subject to confidentiality</source>
        <translation>Ikke for anonyme opplysninger: de er ikke underlagt taushetsplikt</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Innvilget</translation>
    </message>
    <message>
        <source>Not granted</source>
        <translation>Ikke innvilget</translation>
    </message>
    <message>
        <source>Exemption from the duty of confidentiality</source>
        <translation>Dispensasjon fra taushetsplikt</translation>
    </message>
    <message>
        <source>Decis&amp;ion:</source>
        <translation>V&amp;edtak:</translation>
    </message>
    <message>
        <source>Legal &amp;basis:</source>
        <translation>&amp;Hjemmel:</translation>
    </message>
    <message>
        <source>Reaso&amp;ns:</source>
        <translation>&amp;Begrunnelse:</translation>
    </message>
    <message>
        <source>Le&amp;gal basis of the decision</source>
        <translation>Re&amp;ttslig grunnlag for vedtaket</translation>
    </message>
    <message>
        <source>Reasons: the facts and main considera&amp;tions (fvl. §§ 24–25)</source>
        <translation>Begrunnelse: &amp;faktiske forhold og hovedhensyn (fvl. §§ 24–25)</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Rettslig grunnlag</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <source>Exemption needed</source>
        <translation>Dispensasjon nødvendig</translation>
    </message>
    <message>
        <source>No exemption needed</source>
        <translation>Dispensasjon ikke nødvendig</translation>
    </message>
    <message>
        <source>Exemption granted</source>
        <translation>Dispensasjon innvilget</translation>
    </message>
    <message>
        <source>Exemption not granted</source>
        <translation>Dispensasjon ikke innvilget</translation>
    </message>
    <message>
        <source>Insert standard text</source>
        <translation>Sett inn standardtekst</translation>
    </message>
    <message>
        <source>&amp;Add own condition…</source>
        <translation>Legg til &amp;eget vilkår …</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Flytt &amp;ned</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <source>R&amp;emove</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <source>Checked conditions are in the decision, in this order; the library&apos;s other standard conditions follow, unchecked. The texts are in the letter&apos;s language with the application&apos;s details filled in. F2 changes a text for this decision only.</source>
        <translation>Avkryssede vilkår tas med i vedtaket, i denne rekkefølgen; de andre standardvilkårene i biblioteket følger etter, uten kryss. Tekstene er på brevets målform, med opplysningene fra søknaden fylt inn. F2 endrer en tekst bare for dette vedtaket.</translation>
    </message>
    <message>
        <source>Own condition</source>
        <translation>Eget vilkår</translation>
    </message>
    <message>
        <source>The condition as the letter states it (in the letter&apos;s language):</source>
        <translation>Vilkåret slik det står i brevet (på brevets målform):</translation>
    </message>
    <message>
        <source>Add own condition</source>
        <translation>Legg til eget vilkår</translation>
    </message>
    <message>
        <source>Move condition up</source>
        <translation>Flytt vilkår opp</translation>
    </message>
    <message>
        <source>Move condition down</source>
        <translation>Flytt vilkår ned</translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation>Fjern vilkår</translation>
    </message>
    <message>
        <source> h</source>
        <translation> t</translation>
    </message>
    <message>
        <source>&amp;Hours of case work:</source>
        <translation>&amp;Timer saksbehandling:</translation>
    </message>
    <message>
        <source>Fee &amp;exemption:</source>
        <translation>Gebyr&amp;fritak:</translation>
    </message>
    <message>
        <source>Fee:</source>
        <translation>Gebyr:</translation>
    </message>
    <message>
        <source>HDS&apos;s own fee: a base price by the number of sources and every started hour of case work. It is fixed at approval with the prices in force that day; registry managers invoice their own work separately.</source>
        <translation>HDS&apos; eget gebyr: en grunnpris etter antall kilder og hver påbegynte time med saksbehandling. Gebyret fastsettes ved godkjenning etter prisene som gjelder den dagen; registerforvalterne fakturerer sitt eget arbeid separat.</translation>
    </message>
    <message>
        <source>Hours of case work</source>
        <translation>Timer saksbehandling</translation>
    </message>
    <message>
        <source>Fee exemption</source>
        <translation>Gebyrfritak</translation>
    </message>
    <message>
        <source>nynorsk</source>
        <translation>nynorsk</translation>
    </message>
    <message>
        <source>English</source>
        <translation>engelsk</translation>
    </message>
    <message>
        <source>bokmål</source>
        <translation>bokmål</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>Til godkjenning</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Godkjent</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>innvilget</translation>
    </message>
    <message>
        <source>partly granted</source>
        <translation>delvis innvilget</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>avslått</translation>
    </message>
    <message>
        <source>NOK %1</source>
        <translation>kr %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;The letter as it will read&lt;/b&gt; (%1) – %2. Letterhead and page footer are added when printed.</source>
        <translation>&lt;b&gt;Brevet slik det vil se ut&lt;/b&gt; (%1) – %2. Brevhode og bunntekst legges til ved utskrift.</translation>
    </message>
    <message>
        <source>this version, as saved</source>
        <translation>denne versjonen, slik den er lagret</translation>
    </message>
    <message>
        <source>updated as you edit</source>
        <translation>oppdateres mens du redigerer</translation>
    </message>
    <message>
        <source>&lt;b&gt;Case %1&lt;/b&gt; · decision version %2 · &lt;b&gt;%3&lt;/b&gt; · overall result: &lt;b&gt;%4&lt;/b&gt; · fee: %5</source>
        <translation>&lt;b&gt;Sak %1&lt;/b&gt; · vedtaksversjon %2 · &lt;b&gt;%3&lt;/b&gt; · samlet resultat: &lt;b&gt;%4&lt;/b&gt; · gebyr: %5</translation>
    </message>
    <message>
        <source>Returned with the comment: %1</source>
        <translation>Returnert med kommentaren: %1</translation>
    </message>
    <message>
        <source>Still without a reason: %1</source>
        <translation>Mangler fortsatt begrunnelse: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, fixed at approval with the prices from %2.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, fastsatt ved godkjenning etter prisene fra %2.</translation>
    </message>
    <message>
        <source>No price table could be read; the fee cannot be computed.</source>
        <translation>Ingen pristabell kunne leses; gebyret kan ikke beregnes.</translation>
    </message>
    <message>
        <source>Prices in force today, from %1.</source>
        <translation>Prisene som gjelder i dag, fra %1.</translation>
    </message>
    <message>
        <source>The built-in prices (no price table is stored).</source>
        <translation>De innebygde prisene (ingen pristabell er lagret).</translation>
    </message>
    <message>
        <source>&lt;b&gt;No fee&lt;/b&gt;: %1.</source>
        <translation>&lt;b&gt;Intet gebyr&lt;/b&gt;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; = base price %2 for %n source(s) + %3 started hour(s) × %4.&lt;br&gt;%5</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; = grunnpris %2 for %n kilde + %3 × %4 per påbegynt time.&lt;br&gt;%5</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; = grunnpris %2 for %n kilder + %3 × %4 per påbegynt time.&lt;br&gt;%5</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason for the registry</source>
        <translation>Begrunnelse for registeret</translation>
    </message>
    <message>
        <source>F2 or a double-click changes the outcome, period or reason</source>
        <translation>F2 eller dobbeltklikk endrer utfall, periode eller begrunnelse</translation>
    </message>
    <message>
        <source>Why the registry is refused, partly granted or forwarded</source>
        <translation>Hvorfor registeret er avslått, delvis innvilget eller videresendt</translation>
    </message>
    <message>
        <source>Uncheck (space) a variable that is not granted and write why.</source>
        <translation>Fjern krysset (mellomrom) for en variabel som ikke innvilges, og skriv hvorfor.</translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;Variables from %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Var&amp;iabler fra %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reaso&amp;n for %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;&amp;Begrunnelse for %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Fit the decision to its outcomes</source>
        <translation>Tilpass vedtaket til utfallet</translation>
    </message>
    <message>
        <source>Legal basis when nothing is granted</source>
        <translation>Rettslig grunnlag når ingenting innvilges</translation>
    </message>
    <message>
        <source>Reasons when nothing is granted</source>
        <translation>Begrunnelse når ingenting innvilges</translation>
    </message>
    <message>
        <source>Earlier &amp;practice</source>
        <translation>Tidligere &amp;praksis</translation>
    </message>
    <message>
        <source>Insert standard text: %1</source>
        <translation>Sett inn standardtekst: %1</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Vilkår</translation>
    </message>
    <message>
        <source>the general reasons</source>
        <translation>den generelle begrunnelsen</translation>
    </message>
    <message>
        <source>the reason for %1</source>
        <translation>begrunnelsen for %1</translation>
    </message>
    <message>
        <source>Reuse a reason from %1</source>
        <translation>Gjenbruk en begrunnelse fra %1</translation>
    </message>
    <message>
        <source>The reason from %1 is added to %2; Ctrl+Z takes it back.</source>
        <translation>Begrunnelsen fra %1 er lagt til i %2; Ctrl+Z tar den bort igjen.</translation>
    </message>
    <message>
        <source>Registries</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>&amp;Move up</source>
        <translation>Flyt&amp;t opp</translation>
    </message>
    <message>
        <source>Letter preview</source>
        <translation>Forhåndsvisning av brevet</translation>
    </message>
    <message>
        <source>Appl&amp;y my changes to the new version</source>
        <translation>Bruk endringene mine på den n&amp;ye versjonen</translation>
    </message>
    <message>
        <source>Load the draft as your colleague saved it and put your own changes on top of it; nothing is saved until you save</source>
        <translation>Hent utkastet slik kollegaen din lagret det, og legg endringene dine oppå; ingenting blir lagret før du lagrer</translation>
    </message>
    <message>
        <source>the registries and variables</source>
        <translation>registrene og variablene</translation>
    </message>
    <message>
        <source>the exemption from confidentiality</source>
        <translation>dispensasjonen fra taushetsplikt</translation>
    </message>
    <message>
        <source>the legal basis</source>
        <translation>det rettslige grunnlaget</translation>
    </message>
    <message>
        <source>the reasons</source>
        <translation>begrunnelsen</translation>
    </message>
    <message>
        <source>the conditions</source>
        <translation>vilkårene</translation>
    </message>
    <message>
        <source>the fee basis</source>
        <translation>grunnlaget for gebyret</translation>
    </message>
    <message>
        <source>The draft was submitted, approved or replaced meanwhile and can no longer take your changes; they are still here to copy.</source>
        <translation>Utkastet er i mellomtiden sendt til godkjenning, godkjent eller erstattet og kan ikke lenger ta imot endringene dine; de står fortsatt her, så du kan kopiere dem.</translation>
    </message>
    <message>
        <source>Your changes are now on the version your colleague saved; check them and save (Ctrl+S).</source>
        <translation>Endringene dine er nå lagt inn i versjonen kollegaen din lagret; se over og lagre (Ctrl+S).</translation>
    </message>
    <message>
        <source>Your changes are now on the version your colleague saved, but you both changed %1: there your text replaces theirs when you save. Check it before you save (Ctrl+S).</source>
        <translation>Endringene dine er nå lagt inn i versjonen kollegaen din lagret, men dere har begge endret %1: der erstatter teksten din kollegaens når du lagrer. Se over før du lagrer (Ctrl+S).</translation>
    </message>
</context>
<context>
    <name>fv::DecisionEntryModel</name>
    <message>
        <source>Granted</source>
        <translation>Innvilget</translation>
    </message>
    <message>
        <source>Partly granted</source>
        <translation>Delvis innvilget</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Avslått</translation>
    </message>
    <message>
        <source>Forwarded to the registry manager</source>
        <translation>Videresendt til registerforvalter</translation>
    </message>
    <message>
        <source>  (removed: %1)</source>
        <translation>  (fjernet: %1)</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Variabler</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrunnelse</translation>
    </message>
</context>
<context>
    <name>fv::DecisionRegistryModel</name>
    <message>
        <source>%1 of %2 variables granted</source>
        <translation>%1 av %2 variabler innvilget</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Variabler</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <source>Outcome of %1</source>
        <translation>Utfall for %1</translation>
    </message>
    <message>
        <source>Period of %1</source>
        <translation>Periode for %1</translation>
    </message>
    <message>
        <source>Reason for %1</source>
        <translation>Begrunnelse for %1</translation>
    </message>
</context>
<context>
    <name>fv::DecisionVariableModel</name>
    <message>
        <source>Granted; uncheck to take it out of the decision</source>
        <translation>Innvilget; fjern krysset for å ta den ut av vedtaket</translation>
    </message>
    <message>
        <source>Not granted; check to grant it after all</source>
        <translation>Ikke innvilget; kryss av for å innvilge den likevel</translation>
    </message>
    <message>
        <source>Why is it not granted? (F2 to write)</source>
        <translation>Hvorfor innvilges den ikke? (F2 for å skrive)</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variabel</translation>
    </message>
    <message>
        <source>Why it is not granted</source>
        <translation>Hvorfor den ikke innvilges</translation>
    </message>
    <message>
        <source>Grant %1</source>
        <translation>Innvilg %1</translation>
    </message>
    <message>
        <source>Take out %1</source>
        <translation>Ta ut %1</translation>
    </message>
    <message>
        <source>Why %1 is not granted</source>
        <translation>Hvorfor %1 ikke innvilges</translation>
    </message>
</context>
<context>
    <name>fv::DecisionVersionsView</name>
    <message>
        <source>Version</source>
        <translation>Versjon</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Drafted</source>
        <translation>Utarbeidet</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Godkjent</translation>
    </message>
    <message>
        <source>Show the chosen version and its letter, read-only (Enter)</source>
        <translation>Vis valgt versjon og brevet, skrivebeskyttet (Enter)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Versions of the decision&lt;/b&gt; (all are kept)</source>
        <translation>&lt;b&gt;Versjoner av vedtaket&lt;/b&gt; (alle tas vare på)</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>The current version</source>
        <translation>Gjeldende versjon</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>Til godkjenning</translation>
    </message>
    <message>
        <source>Sh&amp;ow version…</source>
        <translation>Vis ve&amp;rsjon …</translation>
    </message>
    <message>
        <source>Versions of the decision</source>
        <translation>Versjoner av vedtaket</translation>
    </message>
</context>
<context>
    <name>fv::Demo</name>
    <message>
        <source>The demo file %1 cannot be read.</source>
        <translation>Demofilen %1 kan ikke leses.</translation>
    </message>
    <message>
        <source>The demo file %1 has no received date.</source>
        <translation>Demofilen %1 mangler mottaksdato.</translation>
    </message>
    <message>
        <source>The database already has cases; demo cases go into a new database.</source>
        <translation>Databasen har allerede saker; demosaker legges i en ny database.</translation>
    </message>
    <message>
        <source>this database holds real cases; synthetic cases go only into a new, empty database or a demo or test database</source>
        <translation>denne databasen har ekte saker; syntetiske saker kan bare legges i en ny, tom database eller i en demo- eller testdatabase</translation>
    </message>
    <message>
        <source>the number of cases must be between 1 and 1 000 000</source>
        <translation>antallet saker må være mellom 1 og 1 000 000</translation>
    </message>
    <message>
        <source>demo case %1: %2</source>
        <translation>demosak %1: %2</translation>
    </message>
    <message>
        <source>the registry catalogue is empty; cannot generate cases</source>
        <translation>registerkatalogen er tom; det kan ikke lages saker</translation>
    </message>
    <message>
        <source>the case numbers of %1 are used up (99 999)</source>
        <translation>saksnumrene for %1 er brukt opp (99 999)</translation>
    </message>
    <message>
        <source>someone else added cases or events while the cases were being generated; the cases generated so far are kept – generate the rest again</source>
        <translation>noen andre la til saker eller hendelser mens sakene ble laget; sakene som er laget så langt, beholdes – lag resten på nytt</translation>
    </message>
    <message>
        <source>this server database holds cases; synthetic cases go onto the team server only into a new, empty database</source>
        <translation>denne serverdatabasen har saker; syntetiske saker legges på teamserveren bare i en ny, tom database</translation>
    </message>
    <message>
        <source>generate on the team server needs the server&apos;s superuser (IT&apos;s account), as migrate does</source>
        <translation>generate på teamserveren krever serverens superbruker (IT-kontoen), slik migrate gjør</translation>
    </message>
    <message>
        <source>no temporary folder for the generated cases (%1)</source>
        <translation>fant ingen midlertidig mappe til de genererte sakene (%1)</translation>
    </message>
</context>
<context>
    <name>fv::EventText</name>
    <message>
        <source>application %1 (%2) registered from %3</source>
        <translation>søknad %1 (%2) registrert fra %3</translation>
    </message>
    <message>
        <source>assigned to %1 (%2)%3</source>
        <translation>tildelt %1 (%2)%3</translation>
    </message>
    <message>
        <source>completeness check started</source>
        <translation>kontroll av om søknaden er komplett er startet</translation>
    </message>
    <message>
        <source>complete on %1; statutory deadline %2 (%3 working days%4)%5</source>
        <translation>komplett %1; lovfestet frist %2 (%3 arbeidsdager%4)%5</translation>
    </message>
    <message>
        <source>information requested on %1, answer due %2 (clock paused): %3</source>
        <translation>opplysninger etterspurt %1, svarfrist %2 (fristen står stille): %3</translation>
    </message>
    <message>
        <source>answer received on %1 (requested %2); clock running again, back to %3</source>
        <translation>svar mottatt %1 (etterspurt %2); fristen løper igjen, tilbake til %3</translation>
    </message>
    <message>
        <source>reminder sent on %1; answer now due %2</source>
        <translation>purring sendt %1; ny svarfrist %2</translation>
    </message>
    <message>
        <source>rejected: no answer by %1 after the reminder</source>
        <translation>avvist: ikke besvart innen %1 etter purringen</translation>
    </message>
    <message>
        <source>withdrawn by the applicant: %1</source>
        <translation>trukket av søkeren: %1</translation>
    </message>
    <message>
        <source>withdrawn by the applicant</source>
        <translation>trukket av søkeren</translation>
    </message>
    <message>
        <source>case closed</source>
        <translation>saken er avsluttet</translation>
    </message>
    <message>
        <source>the case is forwarded to the registry managers (%1): %2</source>
        <translation>saken er videresendt til registerforvalterne (%1): %2</translation>
    </message>
    <message>
        <source>preliminary reply (forvaltningsloven § 11 a) sent on %1</source>
        <translation>foreløpig svar (forvaltningsloven § 11 a) sendt %1</translation>
    </message>
    <message>
        <source>%1 asked on %2 for its view on %3, answer due %4</source>
        <translation>%1 bedt om uttalelse %2 om %3, svarfrist %4</translation>
    </message>
    <message>
        <source>%1 answered on %2: %3</source>
        <translation>%1 svarte %2: %3</translation>
    </message>
    <message>
        <source>%1 forwarded to %2, who decides it: %3</source>
        <translation>%1 videresendt til %2, som avgjør selv: %3</translation>
    </message>
    <message>
        <source>note for the applicant</source>
        <translation>notat til søkeren</translation>
    </message>
    <message>
        <source>internal note</source>
        <translation>internt notat</translation>
    </message>
    <message>
        <source>decision draft %1 made with %2 registries</source>
        <translation>vedtaksutkast %1 laget med %2 registre</translation>
    </message>
    <message>
        <source>draft %1 edited</source>
        <translation>utkast %1 redigert</translation>
    </message>
    <message>
        <source>decision %1 submitted for approval</source>
        <translation>vedtak %1 sendt til godkjenning</translation>
    </message>
    <message>
        <source>decision %1 approved</source>
        <translation>vedtak %1 godkjent</translation>
    </message>
    <message>
        <source>decision %1 returned: %2</source>
        <translation>vedtak %1 sendt tilbake: %2</translation>
    </message>
    <message>
        <source>%1 letter (%2) sent as document %3, sha256 %4</source>
        <translation>brev %1 (%2) sendt som dokument %3, SHA-256 %4</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>endret: %1</translation>
    </message>
    <message>
        <source>%1 (%2, %3 bytes, SHA-256 verified)</source>
        <translation>%1 (%2, %3 byte, SHA-256 kontrollert)</translation>
    </message>
    <message>
        <source> (was %1)</source>
        <translation> (før: %1)</translation>
    </message>
    <message>
        <source>, linked sources</source>
        <translation>, koblede kilder</translation>
    </message>
    <message>
        <source>, one source</source>
        <translation>, én kilde</translation>
    </message>
    <message>
        <source>; marked complete without: %1</source>
        <translation>; markert som komplett uten: %1</translation>
    </message>
    <message>
        <source> (late; due %1)</source>
        <translation> (for sent; frist %1)</translation>
    </message>
    <message>
        <source>the registry manager</source>
        <translation>registerforvalteren</translation>
    </message>
    <message>
        <source>its registry manager</source>
        <translation>registerforvalteren</translation>
    </message>
    <message>
        <source>new application</source>
        <translation>ny søknad</translation>
    </message>
    <message>
        <source>change application</source>
        <translation>endringssøknad</translation>
    </message>
    <message>
        <source>draft %1 edited (revision %2)</source>
        <translation>utkast %1 redigert (revisjon %2)</translation>
    </message>
    <message>
        <source>decision %1 approved (revision %2)</source>
        <translation>vedtak %1 godkjent (revisjon %2)</translation>
    </message>
    <message>
        <source>the project protocol (attachment &quot;protocol&quot;)</source>
        <translation>prosjektprotokollen (vedlegg «protocol»)</translation>
    </message>
    <message>
        <source>the REK approval&apos;s reference and date</source>
        <translation>REK-godkjenningens referanse og dato</translation>
    </message>
    <message>
        <source>the REK approval letter (attachment &quot;rek-approval&quot;)</source>
        <translation>REK-godkjenningen (vedlegg «rek-approval»)</translation>
    </message>
    <message>
        <source>a DPIA or the data protection officer&apos;s assessment (attachment &quot;dpia&quot; or &quot;dpo-assessment&quot;)</source>
        <translation>en DPIA eller personvernombudets vurdering (vedlegg «dpia» eller «dpo-assessment»)</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 den %2: %3</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 den %2</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>den %1</translation>
    </message>
    <message>
        <source>appeal from %1 received %2 against letter %3 (last day %4): in time</source>
        <translation>klage fra %1 mottatt %2 over brev %3 (klagefrist %4): i tide</translation>
    </message>
    <message>
        <source>appeal from %1 received %2 against letter %3 (last day %4): late</source>
        <translation>klage fra %1 mottatt %2 over brev %3 (klagefrist %4): for sent</translation>
    </message>
    <message>
        <source>appeal to prepare by %1</source>
        <translation>klagen skal være forberedt innen %1</translation>
    </message>
    <message>
        <source>sent back for new consideration; to prepare by %1</source>
        <translation>sendt tilbake til ny behandling; skal være forberedt innen %1</translation>
    </message>
    <message>
        <source>late appeal considered (fvl § 31): %1</source>
        <translation>for sen klage behandles likevel (fvl. § 31): %1</translation>
    </message>
    <message>
        <source>late appeal considered (fvl § 31)</source>
        <translation>for sen klage behandles likevel (fvl. § 31)</translation>
    </message>
    <message>
        <source>late appeal rejected (fvl § 31): %1</source>
        <translation>for sen klage avvist (fvl. § 31): %1</translation>
    </message>
    <message>
        <source>HDS reverses decision %1 in part after the appeal</source>
        <translation>HDS omgjør vedtak %1 delvis etter klagen</translation>
    </message>
    <message>
        <source>HDS reverses decision %1 after the appeal</source>
        <translation>HDS omgjør vedtak %1 etter klagen</translation>
    </message>
    <message>
        <source>appeal upheld by HDS and forwarded to %1; comments by %2</source>
        <translation>HDS opprettholder vedtaket og sender klagen til %1; merknader innen %2</translation>
    </message>
    <message>
        <source>%1 decided the appeal on %2: %3 (%4)</source>
        <translation>%1 avgjorde klagen %2: %3 (%4)</translation>
    </message>
    <message>
        <source>%1 decided the appeal on %2: %3</source>
        <translation>%1 avgjorde klagen %2: %3</translation>
    </message>
</context>
<context>
    <name>fv::Fees</name>
    <message>
        <source>No exemption</source>
        <translation>Ikke fritak</translation>
    </message>
    <message>
        <source>Student asking for aggregated anonymous data</source>
        <translation>Student som ber om aggregerte, anonyme opplysninger</translation>
    </message>
    <message>
        <source>Data update after the original decision</source>
        <translation>Oppdatering av data etter det opprinnelige vedtaket</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>Klage</translation>
    </message>
</context>
<context>
    <name>fv::FollowUp</name>
    <message>
        <source>Not reported</source>
        <translation>Ikke meldt</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Bestilt</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>Forsinket</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Levert</translation>
    </message>
    <message>
        <source>%1 is in the future: record it when it has happened</source>
        <translation>%1 er fram i tid: registrer det når det har skjedd</translation>
    </message>
    <message>
        <source>%1 is before the decision letter was sent (%2)</source>
        <translation>%1 er før vedtaksbrevet ble sendt (%2)</translation>
    </message>
    <message>
        <source>The data from %1 were delivered on %2; nothing more is recorded for it</source>
        <translation>Dataene fra %1 ble levert %2; det registreres ikke noe mer for dette registeret</translation>
    </message>
    <message>
        <source>The data from %1 were ordered on %2 already</source>
        <translation>Dataene fra %1 ble allerede bestilt %2</translation>
    </message>
    <message>
        <source>Say why the delivery from %1 is delayed: a reason is required</source>
        <translation>Skriv hvorfor leveransen fra %1 er forsinket: begrunnelse må oppgis</translation>
    </message>
    <message>
        <source>%1 is before the data were ordered (%2)</source>
        <translation>%1 er før dataene ble bestilt (%2)</translation>
    </message>
    <message>
        <source>Give the day the data were delivered</source>
        <translation>Oppgi datoen dataene ble levert</translation>
    </message>
    <message>
        <source>Give the day the end report was received</source>
        <translation>Oppgi datoen sluttrapporten ble mottatt</translation>
    </message>
    <message>
        <source>Give the day deletion or anonymisation was confirmed</source>
        <translation>Oppgi datoen sletting eller anonymisering ble bekreftet</translation>
    </message>
    <message>
        <source>The end report was recorded as received on %1 already</source>
        <translation>Sluttrapporten er allerede registrert som mottatt %1</translation>
    </message>
    <message>
        <source>Deletion or anonymisation was recorded as confirmed on %1 already</source>
        <translation>Sletting eller anonymisering er allerede registrert som bekreftet %1</translation>
    </message>
    <message>
        <source>Stopped (access revoked)</source>
        <translation>Stanset (tilgangen kalt tilbake)</translation>
    </message>
    <message>
        <source>The delivery from %1 was stopped on %2 because access was revoked</source>
        <translation>Utleveringen fra %1 ble stanset %2 fordi tilgangen ble kalt tilbake</translation>
    </message>
</context>
<context>
    <name>fv::FollowUpPage</name>
    <message>
        <source>&amp;Record delivery</source>
        <translation>&amp;Registrer leveranse</translation>
    </message>
    <message>
        <source>Delivery from the registry managers</source>
        <translation>Levering fra registerforvalterne</translation>
    </message>
    <message>
        <source>Delivery per registry</source>
        <translation>Levering per register</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Bestilt</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>Forsinket</translation>
    </message>
    <message>
        <source>Reason for delay</source>
        <translation>Årsak til forsinkelse</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Levert</translation>
    </message>
    <message>
        <source>What the registry manager reports</source>
        <translation>Hva registerforvalteren melder</translation>
    </message>
    <message>
        <source>Date of the delivery report</source>
        <translation>Dato for meldingen om leveransen</translation>
    </message>
    <message>
        <source>Why the delivery is delayed</source>
        <translation>Hvorfor leveransen er forsinket</translation>
    </message>
    <message>
        <source>Re&amp;gistry:</source>
        <translation>Re&amp;gister:</translation>
    </message>
    <message>
        <source>End of the project</source>
        <translation>Prosjektslutt</translation>
    </message>
    <message>
        <source>Day the end report was received</source>
        <translation>Dato sluttrapporten ble mottatt</translation>
    </message>
    <message>
        <source>Day deletion or anonymisation was confirmed</source>
        <translation>Dato sletting eller anonymisering ble bekreftet</translation>
    </message>
    <message>
        <source>Project end:</source>
        <translation>Prosjektslutt:</translation>
    </message>
    <message>
        <source>End report:</source>
        <translation>Sluttrapport:</translation>
    </message>
    <message>
        <source>Deletion or anonymisation:</source>
        <translation>Sletting eller anonymisering:</translation>
    </message>
    <message>
        <source>A project that needs the data longer than the decision allows must send a change application before the deletion date; the end-of-project reminder letter says so.</source>
        <translation>Et prosjekt som trenger dataene lenger enn vedtaket gir adgang til, må sende en endringssøknad før slettedatoen. Det står også i påminnelsen om prosjektslutt.</translation>
    </message>
    <message>
        <source>Choose a case in the list.</source>
        <translation>Velg en sak i listen.</translation>
    </message>
    <message>
        <source>The decision grants no data, so nothing is delivered.</source>
        <translation>Vedtaket gir ikke tilgang til data, så ingenting skal leveres.</translation>
    </message>
    <message>
        <source>The decision letter has not been sent yet. Deliveries are followed up from the day it is.</source>
        <translation>Vedtaksbrevet er ikke sendt ennå. Leveransene følges opp fra den dagen det sendes.</translation>
    </message>
    <message>
        <source>Decision letter sent %1. The registry managers should deliver within %2 weeks, by %3.</source>
        <translation>Vedtaksbrevet ble sendt %1. Registerforvalterne bør levere innen %2 uker, det vil si innen %3.</translation>
    </message>
    <message>
        <source>⚠ Not delivered in time: %1</source>
        <translation>⚠ Ikke levert i tide: %1</translation>
    </message>
    <message>
        <source>%1 – overdue</source>
        <translation>%1 – på overtid</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>mottatt %1</translation>
    </message>
    <message>
        <source>not received</source>
        <translation>ikke mottatt</translation>
    </message>
    <message>
        <source>⚠ %1 – late</source>
        <translation>⚠ %1 – forsinket</translation>
    </message>
    <message>
        <source>confirmed %1</source>
        <translation>bekreftet %1</translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation>ikke bekreftet</translation>
    </message>
    <message>
        <source>due by %1 (%2 weeks after the end): %3</source>
        <translation>frist %1 (%2 uker etter prosjektslutt): %3</translation>
    </message>
    <message>
        <source>by %1: %2</source>
        <translation>innen %1: %2</translation>
    </message>
    <message>
        <source>The end report is recorded already.</source>
        <translation>Sluttrapporten er allerede registrert.</translation>
    </message>
    <message>
        <source>Deletion is confirmed already.</source>
        <translation>Slettingen er allerede bekreftet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write it as dd.mm.yyyy</source>
        <translation>«%1» er ikke en dato: skriv den som dd.mm.åååå</translation>
    </message>
    <message>
        <source>%1: the data from %2 are recorded as ordered</source>
        <translation>%1: dataene fra %2 er registrert som bestilt</translation>
    </message>
    <message>
        <source>%1: the delivery from %2 is recorded as delayed</source>
        <translation>%1: leveransen fra %2 er registrert som forsinket</translation>
    </message>
    <message>
        <source>%1: the data from %2 are recorded as delivered</source>
        <translation>%1: dataene fra %2 er registrert som levert</translation>
    </message>
    <message>
        <source>%1: the end report is recorded as received</source>
        <translation>%1: sluttrapporten er registrert som mottatt</translation>
    </message>
    <message>
        <source>%1: deletion or anonymisation is recorded as confirmed</source>
        <translation>%1: sletting eller anonymisering er registrert som bekreftet</translation>
    </message>
    <message>
        <source>Record end report</source>
        <translation>Registrer sluttrapport</translation>
    </message>
    <message>
        <source>Record deletion</source>
        <translation>Registrer sletting</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>Melding:</translation>
    </message>
    <message>
        <source>Date (empty: today):</source>
        <translation>Dato (tom: i dag):</translation>
    </message>
    <message>
        <source>End report received &amp;on:</source>
        <translation>Sluttrapport &amp;mottatt:</translation>
    </message>
    <message>
        <source>Deletion or anony&amp;misation confirmed on:</source>
        <translation>Sletting eller anon&amp;ymisering bekreftet:</translation>
    </message>
    <message>
        <source>Reason for delay:</source>
        <translation>Årsak til forsinkelse:</translation>
    </message>
</context>
<context>
    <name>fv::HelpWindow</name>
    <message>
        <source>User guide – Fellesvedtak</source>
        <translation>Brukerveiledning – Fellesvedtak</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Innhold</translation>
    </message>
    <message>
        <source>Search the guide (Enter: next match)</source>
        <translation>Søk i veiledningen (Enter: neste treff)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tilbake</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Fram</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Ikke funnet</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>Søk i brukerveiledningen</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Kapittel</translation>
    </message>
</context>
<context>
    <name>fv::IncomingDocument</name>
    <message>
        <source>the file is empty: attach the appeal&apos;s letter, scan or saved e-mail</source>
        <translation>filen er tom: legg ved klagebrevet, den skannede klagen eller den lagrede e-posten</translation>
    </message>
    <message>
        <source>the file is %1 MB; the most a file may be is %2 MB</source>
        <translation>filen er på %1 MB; en fil kan være på høyst %2 MB</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>filen finnes ikke</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>kan ikke lese filen: %1</translation>
    </message>
    <message>
        <source>the case has no received file with the number %1</source>
        <translation>saken har ingen mottatt fil med nummer %1</translation>
    </message>
    <message>
        <source>the stored file is damaged: its SHA-256 differs from when it was received</source>
        <translation>den lagrede filen er skadet: SHA-256-summen er en annen enn da filen ble mottatt</translation>
    </message>
</context>
<context>
    <name>fv::Journal</name>
    <message>
        <source>the case has no journal entry %1</source>
        <translation>saken har ingen journalpost %1</translation>
    </message>
    <message>
        <source>the case has no journal entry %1 (see its journal for the numbers)</source>
        <translation>saken har ingen journalpost %1 (se sakens journal for numrene)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a screening basis on the list; choose one of: %2</source>
        <translation>«%1» er ikke en skjermingshjemmel på listen. Velg en av disse: %2</translation>
    </message>
    <message>
        <source>journal entry %1 is screened with the whole case; lift the case&apos;s screening instead</source>
        <translation>journalpost %1 er skjermet fordi hele saken er skjermet. Opphev skjermingen av saken i stedet</translation>
    </message>
    <message>
        <source>journal entry %1 is not screened</source>
        <translation>journalpost %1 er ikke skjermet</translation>
    </message>
    <message>
        <source>the case is not screened as a whole</source>
        <translation>saken er ikke skjermet som helhet</translation>
    </message>
    <message>
        <source>a journal entry is closed by a note as TE (taken into account) or TO (for information), not &quot;%1&quot;</source>
        <translation>en journalpost avskrives med notat som TE (tatt til etterretning) eller TO (tatt til orientering), ikke «%1»</translation>
    </message>
    <message>
        <source>closing a journal entry by a note needs the note</source>
        <translation>for å avskrive en journalpost med notat må du skrive notatet</translation>
    </message>
    <message>
        <source>journal entry %1 is not an incoming document; only those are closed</source>
        <translation>journalpost %1 er ikke et inngående dokument. Bare inngående dokumenter avskrives</translation>
    </message>
    <message>
        <source>journal entry %1 is already closed</source>
        <translation>journalpost %1 er allerede avskrevet</translation>
    </message>
    <message>
        <source>the period must be two dates, the first not after the second</source>
        <translation>perioden må være to datoer, og den første kan ikke være etter den andre</translation>
    </message>
    <message>
        <source>nothing was journalled from %1 to %2, so there is no journal to write</source>
        <translation>ingenting ble journalført fra %1 til %2, så det er ingen journal å skrive</translation>
    </message>
    <message>
        <source>incoming</source>
        <translation>inngående</translation>
    </message>
    <message>
        <source>outgoing</source>
        <translation>utgående</translation>
    </message>
    <message>
        <source>internal, follow-up</source>
        <translation>organinternt, til oppfølging</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>organinternt</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>journalført</translation>
    </message>
    <message>
        <source>dispatched</source>
        <translation>ekspedert</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>arkivert</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>utgår</translation>
    </message>
    <message numerus="yes">
        <source>the case has no internal note %1; it has %n internal note(s)</source>
        <translation>
            <numerusform>saken har ikke internt notat %1; den har %n internt notat</numerusform>
            <numerusform>saken har ikke internt notat %1; den har %n interne notater</numerusform>
        </translation>
    </message>
    <message>
        <source>internal note %1 is already in the journal</source>
        <translation>internt notat %1 er allerede journalført</translation>
    </message>
    <message>
        <source>a note in the journal needs a title</source>
        <translation>et notat i journalen må ha en tittel</translation>
    </message>
    <message>
        <source>journal either an existing note or a new text, not both</source>
        <translation>journalfør enten et notat som finnes eller en ny tekst, ikke begge</translation>
    </message>
</context>
<context>
    <name>fv::JournalModel</name>
    <message>
        <source>%1 (screened: %2)</source>
        <translation>%1 (skjermet: %2)</translation>
    </message>
    <message>
        <source>closed %1 (%2)</source>
        <translation>avskrevet %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>open, %n day(s)</source>
        <translation>
            <numerusform>åpen, %n dag</numerusform>
            <numerusform>åpen, %n dager</numerusform>
        </translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Journalpost</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Journal no.</source>
        <translation>Journalnr.</translation>
    </message>
    <message>
        <source>Journal date</source>
        <translation>Journaldato</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parter</translation>
    </message>
    <message>
        <source>Public title</source>
        <translation>Offentlig tittel</translation>
    </message>
    <message>
        <source>Closed / age</source>
        <translation>Avskrevet / alder</translation>
    </message>
</context>
<context>
    <name>fv::JournalNoteDialog</name>
    <message>
        <source>For &amp;follow-up (N); otherwise without follow-up (X)</source>
        <translation>For &amp;oppfølging (N); ellers uten oppfølging (X)</translation>
    </message>
    <message>
        <source>Journal a note in case %1</source>
        <translation>Journalfør et notat i sak %1</translation>
    </message>
    <message>
        <source>Kept as an internal note of the case and archived with the entry</source>
        <translation>Lagres som internt notat i saken og arkiveres med journalposten</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tittel:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;kst:</translation>
    </message>
    <message>
        <source>&amp;Closes incoming entry:</source>
        <translation>&amp;Avskriver inngående journalpost:</translation>
    </message>
    <message>
        <source>&amp;Screening:</source>
        <translation>&amp;Skjerming:</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Journalfør</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Offentlig</translation>
    </message>
    <message>
        <source>Screened: %1</source>
        <translation>Skjermet: %1</translation>
    </message>
</context>
<context>
    <name>fv::JournalWindow</name>
    <message>
        <source>Only open incoming entries (restanse list)</source>
        <translation>Bare åpne inngående journalposter (restanseliste)</translation>
    </message>
    <message>
        <source>Restanse list</source>
        <translation>Restanseliste</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>name or organisation</source>
        <translation>navn eller virksomhet</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle typer</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statuser</translation>
    </message>
    <message>
        <source>Journal date:</source>
        <translation>Journaldato:</translation>
    </message>
    <message>
        <source>Party:</source>
        <translation>Part:</translation>
    </message>
    <message>
        <source>Type and status:</source>
        <translation>Type og status:</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Søk</translation>
    </message>
    <message>
        <source>S&amp;creen entry</source>
        <translation>S&amp;kjerm journalpost</translation>
    </message>
    <message>
        <source>&amp;Lift screening</source>
        <translation>&amp;Opphev skjerming</translation>
    </message>
    <message>
        <source>Screening in the public journal:</source>
        <translation>Skjerming i offentlig journal:</translation>
    </message>
    <message numerus="yes">
        <source>%n journal entry(s)</source>
        <translation>
            <numerusform>%n journalpost</numerusform>
            <numerusform>%n journalposter</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a journal entry in the list first.</source>
        <translation>Velg en journalpost i listen først.</translation>
    </message>
    <message>
        <source>%1-%2 is screened in the public journal.</source>
        <translation>%1-%2 er skjermet i offentlig journal.</translation>
    </message>
    <message>
        <source>%1-%2 is no longer screened in the public journal.</source>
        <translation>%1-%2 er ikke lenger skjermet i offentlig journal.</translation>
    </message>
</context>
<context>
    <name>fv::LetterChoice</name>
    <message>
        <source>Decision</source>
        <translation>Vedtak</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Kvittering</translation>
    </message>
    <message>
        <source>Request for information</source>
        <translation>Anmodning om opplysninger</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Purring</translation>
    </message>
    <message>
        <source>Preliminary reply</source>
        <translation>Foreløpig svar</translation>
    </message>
    <message>
        <source>Forwarding to the registry manager</source>
        <translation>Oversendelse til registerforvalteren</translation>
    </message>
    <message>
        <source>Notice to the registry manager</source>
        <translation>Melding til registerforvalteren</translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation>&amp;Brev:</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>S&amp;pråk:</translation>
    </message>
    <message>
        <source>End-of-project reminder</source>
        <translation>Påminnelse om prosjektslutt</translation>
    </message>
    <message>
        <source>Rejection (no answer from the applicant)</source>
        <translation>Avvisning (søkeren svarte ikke)</translation>
    </message>
    <message>
        <source>Registry manager&apos;s statement for comment</source>
        <translation>Uttalelse fra registerforvalter til kommentar</translation>
    </message>
    <message>
        <source>Why the case takes time: choose a standard reason or write the reason yourself</source>
        <translation>Hvorfor saken tar tid: velg en standardbegrunnelse eller skriv begrunnelsen selv</translation>
    </message>
    <message>
        <source>&amp;Reason for the delay:</source>
        <translation>Be&amp;grunnelse for at saken tar tid:</translation>
    </message>
    <message>
        <source>Advance notice of revocation</source>
        <translation>Forhåndsvarsel om tilbakekall</translation>
    </message>
    <message>
        <source>Revocation decision</source>
        <translation>Vedtak om tilbakekall</translation>
    </message>
    <message>
        <source>Stop-delivery notice to the registry manager</source>
        <translation>Melding til registerforvalter om stans i utlevering</translation>
    </message>
    <message>
        <source>Decision on suspended implementation</source>
        <translation>Vedtak om utsatt iverksetting</translation>
    </message>
    <message>
        <source>Appeal received</source>
        <translation>Klage mottatt</translation>
    </message>
    <message>
        <source>Appeal forwarded to the appeal body</source>
        <translation>Klage sendt til klageinstansen</translation>
    </message>
    <message>
        <source>Copy of the appeal forwarding to the appellant</source>
        <translation>Kopi av oversendelsen til klageren</translation>
    </message>
    <message>
        <source>Rejection of a late appeal</source>
        <translation>Avvisning av for sen klage</translation>
    </message>
</context>
<context>
    <name>fv::LetterTemplateDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>&amp;Reset to standard</source>
        <translation>&amp;Tilbakestill til standard</translation>
    </message>
    <message>
        <source>Letter templates</source>
        <translation>Brevmaler</translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation>&amp;Brev:</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>S&amp;pråk:</translation>
    </message>
    <message>
        <source>a sample case</source>
        <translation>en eksempelsak</translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>sak %1</translation>
    </message>
    <message>
        <source>The letter body as a Mustache template in HTML. {{name}} prints a value from the case, always as plain text; {{#name}}…{{/name}} repeats or shows a part. The preview shows %1.</source>
        <translation>Brevteksten som Mustache-mal i HTML. {{navn}} skriver en verdi fra saken, alltid som ren tekst; {{#navn}}…{{/navn}} gjentar eller viser en del. Forhåndsvisningen viser %1.</translation>
    </message>
    <message>
        <source>Only an administrator can change letter templates. The preview shows %1.</source>
        <translation>Bare en administrator kan endre brevmaler. Forhåndsvisningen viser %1.</translation>
    </message>
    <message>
        <source>Discard the changes to this template?</source>
        <translation>Forkaste endringene i denne malen?</translation>
    </message>
    <message>
        <source>Changed by %1 on %2</source>
        <translation>Endret av %1 %2</translation>
    </message>
    <message>
        <source>Standard template</source>
        <translation>Standardmal</translation>
    </message>
    <message>
        <source>Saved. Letters of this kind in %1 now use this template.</source>
        <translation>Lagret. Brev av denne typen på %1 bruker nå denne malen.</translation>
    </message>
    <message>
        <source>Reset to standard</source>
        <translation>Tilbakestill til standard</translation>
    </message>
    <message>
        <source>Replace this template with the standard one? Your changes to it are lost.</source>
        <translation>Erstatte denne malen med standardmalen? Endringene dine i den går tapt.</translation>
    </message>
    <message>
        <source>The standard template is used again.</source>
        <translation>Standardmalen brukes igjen.</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Mal</translation>
    </message>
    <message>
        <source>Preview of the letter</source>
        <translation>Forhåndsvisning av brevet</translation>
    </message>
</context>
<context>
    <name>fv::Letters</name>
    <message>
        <source>the decision is not approved yet, so its letter cannot be sent; until then it can only be previewed as a draft</source>
        <translation>vedtaket er ikke godkjent ennå, så vedtaksbrevet kan ikke sendes; til da kan det bare forhåndsvises som utkast</translation>
    </message>
    <message>
        <source>the document %1 does not belong to this case</source>
        <translation>dokumentet %1 hører ikke til denne saken</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a document number (e.g. 3, or %2-3)</source>
        <translation>«%1» er ikke et dokumentnummer (f.eks. 3 eller %2-3)</translation>
    </message>
    <message>
        <source>the case has no document %1</source>
        <translation>saken har ikke noe dokument %1</translation>
    </message>
    <message>
        <source>the stored document is damaged: its SHA-256 is %1 but was %2 when it was sent; nothing was written (restore a backup)</source>
        <translation>det lagrede dokumentet er skadet: SHA-256 er %1, men var %2 da det ble sendt; ingenting ble skrevet (gjenopprett en sikkerhetskopi)</translation>
    </message>
    <message>
        <source>letters need a QGuiApplication for their fonts (use -platform offscreen without a display)</source>
        <translation>brev trenger en QGuiApplication for skriftene (bruk -platform offscreen uten skjerm)</translation>
    </message>
    <message>
        <source>could not start painting the letter on the printer or PDF file</source>
        <translation>kunne ikke begynne å tegne brevet på skriveren eller i PDF-filen</translation>
    </message>
    <message>
        <source>could not start page %1 of the letter</source>
        <translation>kunne ikke begynne på side %1 av brevet</translation>
    </message>
    <message>
        <source>could not finish the letter</source>
        <translation>kunne ikke fullføre brevet</translation>
    </message>
    <message>
        <source>there is no %1 letter template in language %2</source>
        <translation>det finnes ingen brevmal for %1 på språket %2</translation>
    </message>
    <message>
        <source>the decision letter needs a decision; make a draft first</source>
        <translation>vedtaksbrevet trenger et vedtak; lag et utkast først</translation>
    </message>
    <message>
        <source>stored letter template %1</source>
        <translation>lagret brevmal %1</translation>
    </message>
    <message>
        <source>the sample application is missing</source>
        <translation>eksempelsøknaden mangler</translation>
    </message>
    <message>
        <source>case %1 has no decision yet; make a draft first</source>
        <translation>sak %1 har ikke noe vedtak ennå; lag et utkast først</translation>
    </message>
    <message>
        <source>template error: %1</source>
        <translation>feil i malen: %1</translation>
    </message>
    <message>
        <source>the case does not exist</source>
        <translation>saken finnes ikke</translation>
    </message>
    <message>
        <source>the case changed each time while its letter was being made, so the letter was not sent; try again in a moment</source>
        <translation>saken ble endret hver gang brevet ble laget, så brevet ble ikke sendt; prøv igjen om litt</translation>
    </message>
    <message>
        <source>the letter template %1</source>
        <translation>brevmalen %1</translation>
    </message>
    <message>
        <source>the applicant has not been asked for information in this case, so there is nothing to remind them of</source>
        <translation>søkeren er ikke bedt om opplysninger i denne saken, så det er ingenting å purre på</translation>
    </message>
    <message>
        <source>the case has no request for information with a text, so the letter would ask the applicant for nothing; write down what the applicant must send first</source>
        <translation>saken har ingen anmodning om opplysninger med tekst, så brevet ville ikke be søkeren om noe; skriv først hva søkeren må sende</translation>
    </message>
    <message>
        <source>nothing in this case is forwarded to a registry manager, so there is no forwarding letter to send; forward the case or a registry first</source>
        <translation>ingenting i denne saken er oversendt til en registerforvalter, så det er ikke noe oversendelsesbrev å sende; oversend saken eller et register først</translation>
    </message>
    <message>
        <source>the decision is not approved yet, so the registry managers cannot be told about it</source>
        <translation>vedtaket er ikke godkjent ennå, så registerforvalterne kan ikke få melding om det</translation>
    </message>
    <message>
        <source>the decision grants no registry, so no registry manager has anything to deliver and none is sent a notice</source>
        <translation>vedtaket innvilger ikke noe register, så ingen registerforvalter har noe å utlevere, og ingen får melding</translation>
    </message>
    <message>
        <source>the decision grants nothing from the registry %1, so its manager has nothing to deliver and is sent no notice</source>
        <translation>vedtaket innvilger ingenting fra registeret %1, så registerforvalteren har ikke noe å utlevere og får ingen melding</translation>
    </message>
    <message>
        <source>Waiting for the registry managers&apos; statements</source>
        <translation>Venter på uttalelser fra registerforvalterne</translation>
    </message>
    <message>
        <source>Legal questions need a careful assessment</source>
        <translation>Rettslige spørsmål krever grundig vurdering</translation>
    </message>
    <message>
        <source>Linked sources need a longer assessment</source>
        <translation>Sammenstilte kilder krever lengre vurdering</translation>
    </message>
    <message>
        <source>Many applications in the queue</source>
        <translation>Mange søknader i kø</translation>
    </message>
    <message>
        <source>the server stored other bytes than were sent</source>
        <translation>serveren lagret andre byte enn dem som ble sendt</translation>
    </message>
    <message>
        <source>nynorsk</source>
        <translation>nynorsk</translation>
    </message>
    <message>
        <source>English</source>
        <translation>engelsk</translation>
    </message>
    <message>
        <source>bokmål</source>
        <translation>bokmål</translation>
    </message>
    <message>
        <source>the reasons</source>
        <translation>begrunnelsen</translation>
    </message>
    <message>
        <source>the legal basis</source>
        <translation>hjemmelen</translation>
    </message>
    <message>
        <source>the reasons for the exemption</source>
        <translation>begrunnelsen for dispensasjonen</translation>
    </message>
    <message>
        <source>the reason for %1</source>
        <translation>begrunnelsen for %1</translation>
    </message>
    <message>
        <source>the reason for removing %1</source>
        <translation>begrunnelsen for å fjerne %1</translation>
    </message>
    <message>
        <source>the request for information</source>
        <translation>anmodningen om opplysninger</translation>
    </message>
    <message>
        <source>the reason for forwarding</source>
        <translation>begrunnelsen for oversendelsen</translation>
    </message>
    <message>
        <source>the reason for the delay</source>
        <translation>begrunnelsen for at saken tar tid</translation>
    </message>
    <message>
        <source>the registry manager&apos;s statement</source>
        <translation>uttalelsen fra registerforvalteren</translation>
    </message>
    <message>
        <source>the letter is in %1, but %2 written in the case is in %3; translate it first, or confirm that the letter goes out like this</source>
        <translation>brevet er på %1, men %2 som er skrevet i saken, er på %3; oversett først, eller bekreft at brevet skal sendes slik</translation>
    </message>
    <message>
        <source>nothing about the end of the project is late, so there is nothing to remind the applicant of: the end report is due after %1 and the confirmation of deletion after %2, or they are recorded already</source>
        <translation>ingenting ved prosjektslutt er forsinket, så det er ikke noe å minne søkeren om: sluttrapporten er forsinket først etter %1 og bekreftelsen på sletting etter %2, eller de er allerede registrert</translation>
    </message>
    <message>
        <source>the application is not rejected for want of an answer, so there is no rejection to send; a case is rejected when the reminder&apos;s deadline has passed without an answer</source>
        <translation>søknaden er ikke avvist fordi svar uteble, så det er ingen avvisning å sende; en sak avvises når fristen i purringen er gått ut uten svar</translation>
    </message>
    <message>
        <source>a statement is put to the applicant for comment while the case is being assessed, before the decision is drafted; this case is now: %1</source>
        <translation>en uttalelse legges fram for søkeren til kommentar mens saken vurderes, før vedtaket utarbeides; denne saken har nå status: %1</translation>
    </message>
    <message>
        <source>no registry manager has given a statement in this case, so there is nothing to put to the applicant for comment</source>
        <translation>ingen registerforvalter har gitt uttalelse i denne saken, så det er ingenting å legge fram for søkeren</translation>
    </message>
    <message>
        <source>the registry manager of %1 has given no statement in this case, so there is nothing to put to the applicant for comment</source>
        <translation>registerforvalteren for %1 har ikke gitt uttalelse i denne saken, så det er ingenting å legge fram for søkeren</translation>
    </message>
    <message>
        <source>a preliminary reply must say why the case takes time: choose a standard reason (%1) or write the reason</source>
        <translation>et foreløpig svar må si hvorfor saken tar tid: velg en standardbegrunnelse (%1) eller skriv begrunnelsen</translation>
    </message>
    <message>
        <source>no appeal is registered in this case</source>
        <translation>det er ikke registrert noen klage i saken</translation>
    </message>
    <message>
        <source>the appeal came in late: consider it or reject it before acknowledging it</source>
        <translation>klagen kom for sent: bestem om den skal behandles eller avvises før dere bekrefter den</translation>
    </message>
    <message>
        <source>the appeal was rejected as late: send the rejection letter instead</source>
        <translation>klagen er avvist fordi den kom for sent: send avvisningsbrevet i stedet</translation>
    </message>
    <message>
        <source>the appeal has not been forwarded to the appeal body</source>
        <translation>klagen er ikke sendt til klageinstansen</translation>
    </message>
    <message>
        <source>the appeal has not been rejected as late</source>
        <translation>klagen er ikke avvist som for sen</translation>
    </message>
    <message>
        <source>HDS&apos;s view of the appeal</source>
        <translation>HDS&apos; syn på klagen</translation>
    </message>
    <message>
        <source>the reasons for rejecting the appeal</source>
        <translation>begrunnelsen for å avvise klagen</translation>
    </message>
    <message>
        <source>no advance notice of revocation or reversal is under way in this case</source>
        <translation>det er ikke noe forhåndsvarsel om tilbakekall eller omgjøring under behandling i saken</translation>
    </message>
    <message>
        <source>no revocation or reversal has been decided and approved in this case</source>
        <translation>det er ikke truffet og godkjent noe vedtak om tilbakekall eller omgjøring i saken</translation>
    </message>
    <message>
        <source>no approved revocation revokes access to a registry, so no registry manager is told to stop delivering</source>
        <translation>ingen godkjente tilbakekall gjelder tilgang til et register, så ingen registerforvaltere skal ha melding om å stanse utleveringen</translation>
    </message>
    <message>
        <source>no request for suspended implementation has been decided in this case</source>
        <translation>ingen anmodninger om utsatt iverksetting er avgjort i saken</translation>
    </message>
    <message>
        <source>the revocation revokes nothing from the registry %1, so its manager is sent no stop-delivery notice</source>
        <translation>tilbakekallet gjelder ikke registeret %1, så forvalteren får ingen melding om stans i utlevering</translation>
    </message>
    <message>
        <source>the appeal body reversed the decision: record its decision as a new decision version first, and send the notices once that version is approved</source>
        <translation>klageinstansen har omgjort vedtaket: registrer vedtaket som en ny vedtaksversjon først, og send meldingene når den versjonen er godkjent</translation>
    </message>
    <message>
        <source>the appeal body&apos;s decision as recorded changes no registry, so no registry manager is sent a new notice</source>
        <translation>klageinstansens vedtak, slik det er registrert, endrer ikke noe register, så ingen registerforvalter får ny melding</translation>
    </message>
    <message>
        <source>the appeal body&apos;s decision does not change what the registry %1 delivers, so its manager is sent no new notice</source>
        <translation>klageinstansens vedtak endrer ikke det som skal utleveres fra registeret %1, så forvalteren får ingen ny melding</translation>
    </message>
</context>
<context>
    <name>fv::MainWindow</name>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Ny database …</translation>
    </message>
    <message>
        <source>New &amp;demo database…</source>
        <translation>Ny &amp;demodatabase …</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>Å&amp;pne database …</translation>
    </message>
    <message>
        <source>&amp;Import applications…</source>
        <translation>&amp;Importer søknader …</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Oppdater</translation>
    </message>
    <message>
        <source>Make decision &amp;draft</source>
        <translation>&amp;Lag vedtaksutkast</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Submit for approval</source>
        <translation>&amp;Send til godkjenning</translation>
    </message>
    <message>
        <source>Ctrl+Shift+G</source>
        <translation>Ctrl+Shift+G</translation>
    </message>
    <message>
        <source>&amp;Approve decision</source>
        <translation>&amp;Godkjenn vedtak</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>&amp;Return to drafter…</source>
        <translation>&amp;Returner til saksbehandler …</translation>
    </message>
    <message>
        <source>&amp;Print decision letter…</source>
        <translation>Skriv &amp;ut vedtaksbrev …</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>&amp;About Fellesvedtak</source>
        <translation>&amp;Om Fellesvedtak</translation>
    </message>
    <message>
        <source>&amp;Statistics…</source>
        <translation>&amp;Statistikk …</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Sak</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Sp&amp;råk</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>Administras&amp;jon</translation>
    </message>
    <message>
        <source>&amp;Registry catalogue…</source>
        <translation>&amp;Registerkatalog …</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Sak</translation>
    </message>
    <message>
        <source>Search cases: number, reference, title, name, institution, variable…</source>
        <translation>Søk i saker: nummer, referanse, tittel, navn, institusjon, variabel …</translation>
    </message>
    <message>
        <source>&amp;Work queue</source>
        <translation>Arbeids&amp;liste</translation>
    </message>
    <message>
        <source>%1 (%2) · %3</source>
        <translation>%1 (%2) · %3</translation>
    </message>
    <message>
        <source>Decision draft made for %1</source>
        <translation>Vedtaksutkast laget for %1</translation>
    </message>
    <message>
        <source>%1 submitted for approval</source>
        <translation>%1 er sendt til godkjenning</translation>
    </message>
    <message>
        <source>Approve decision</source>
        <translation>Godkjenn vedtak</translation>
    </message>
    <message>
        <source>Approve the joint decision in case %1? An approved decision is locked.</source>
        <translation>Godkjenne det felles vedtaket i sak %1? Et godkjent vedtak låses.</translation>
    </message>
    <message>
        <source>Decision in %1 approved</source>
        <translation>Vedtaket i %1 er godkjent</translation>
    </message>
    <message>
        <source>Return to drafter</source>
        <translation>Returner til saksbehandler</translation>
    </message>
    <message>
        <source>Draft in %1 returned</source>
        <translation>Utkastet i %1 er returnert</translation>
    </message>
    <message>
        <source>Save decision letter as PDF</source>
        <translation>Lagre vedtaksbrev som PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Lagret %1</translation>
    </message>
    <message>
        <source>New case database</source>
        <translation>Ny saksdatabase</translation>
    </message>
    <message>
        <source>Case databases (*.db)</source>
        <translation>Saksdatabaser (*.db)</translation>
    </message>
    <message>
        <source>New database %1</source>
        <translation>Ny database %1</translation>
    </message>
    <message>
        <source>New demo database</source>
        <translation>Ny demodatabase</translation>
    </message>
    <message>
        <source>Demo database %1</source>
        <translation>Demodatabase %1</translation>
    </message>
    <message>
        <source>Open case database</source>
        <translation>Åpne saksdatabase</translation>
    </message>
    <message>
        <source>Case databases (*.db);;All files (*)</source>
        <translation>Saksdatabaser (*.db);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Åpnet %1</translation>
    </message>
    <message>
        <source>Import applications</source>
        <translation>Importer søknader</translation>
    </message>
    <message>
        <source>Applications (*.json)</source>
        <translation>Søknader (*.json)</translation>
    </message>
    <message>
        <source>Attach %1 (never health data)</source>
        <translation>Legg ved %1 (aldri helseopplysninger)</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.odt *.txt);;All files (*)</source>
        <translation>Dokumenter (*.pdf *.docx *.odt *.txt);;Alle filer (*)</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: kan ikke lese filen: %2</translation>
    </message>
    <message>
        <source>%1: the file is larger than the 20 MB limit for attachments</source>
        <translation>%1: filen er større enn grensen på 20 MB for vedlegg</translation>
    </message>
    <message>
        <source>%1 attached; its SHA-256 matches the application</source>
        <translation>%1 er lagt ved; SHA-256-summen stemmer med søknaden</translation>
    </message>
    <message>
        <source>No program to open %1; a copy is in %2</source>
        <translation>Fant ikke noe program som kan åpne %1; en kopi ligger i %2</translation>
    </message>
    <message>
        <source>%1 of %2 files imported. Refused:
%3</source>
        <translation>%1 av %2 filer importert. Avvist:
%3</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n application(s): %1</source>
        <translation>
            <numerusform>Importerte %n søknad: %1</numerusform>
            <numerusform>Importerte %n søknader: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>About Fellesvedtak</source>
        <translation>Om Fellesvedtak</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Fellesvedtak %1&lt;/h3&gt;&lt;p&gt;Casework for Helsedataservice: one joint decision on access to the central health registries, with exemption from the duty of confidentiality.&lt;/p&gt;&lt;p&gt;The case database holds application and case data only – never health data.&lt;/p&gt;&lt;p&gt;Licence: EUPL-1.2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Fellesvedtak %1&lt;/h3&gt;&lt;p&gt;Saksbehandling for Helsedataservice: ett felles vedtak om tilgang til de sentrale helseregistrene, med dispensasjon fra taushetsplikt.&lt;/p&gt;&lt;p&gt;Saksdatabasen inneholder bare søknads- og saksopplysninger – aldri helseopplysninger.&lt;/p&gt;&lt;p&gt;Lisens: EUPL-1.2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Edit decision draft…</source>
        <translation>Rediger &amp;vedtaksutkast …</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Standard &amp;conditions…</source>
        <translation>Standard&amp;vilkår …</translation>
    </message>
    <message>
        <source>&amp;Prices…</source>
        <translation>&amp;Priser …</translation>
    </message>
    <message>
        <source>Edit the outcomes, texts, conditions and fee of the draft (Ctrl+E)</source>
        <translation>Rediger utfall, tekster, vilkår og gebyr i utkastet (Ctrl+E)</translation>
    </message>
    <message>
        <source>There is no decision draft yet (Ctrl+D makes one)</source>
        <translation>Det finnes ikke noe vedtaksutkast ennå (Ctrl+D lager et)</translation>
    </message>
    <message>
        <source>Decision draft in %1 saved</source>
        <translation>Vedtaksutkastet i %1 er lagret</translation>
    </message>
    <message>
        <source>&amp;Register application manually…</source>
        <translation>&amp;Registrer søknad manuelt …</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Register an application received by letter or e-mail</source>
        <translation>Registrer en søknad som er mottatt per brev eller e-post</translation>
    </message>
    <message>
        <source>&amp;Edit application…</source>
        <translation>&amp;Endre søknad …</translation>
    </message>
    <message>
        <source>Correct or complete the application of this case</source>
        <translation>Rett opp eller fullfør søknaden i denne saken</translation>
    </message>
    <message>
        <source>The application can only be changed until a decision is drafted</source>
        <translation>Søknaden kan bare endres fram til det er utarbeidet et vedtak</translation>
    </message>
    <message>
        <source>Application registered as case %1</source>
        <translation>Søknaden er registrert som sak %1</translation>
    </message>
    <message>
        <source>Application in case %1 saved</source>
        <translation>Søknaden i sak %1 er lagret</translation>
    </message>
    <message>
        <source>&amp;Back up database…</source>
        <translation>&amp;Ta sikkerhetskopi av databasen …</translation>
    </message>
    <message>
        <source>A consistent copy of the case database, also while others are working in it</source>
        <translation>En konsistent kopi av saksdatabasen, også mens andre arbeider i den</translation>
    </message>
    <message>
        <source>Put a checked backup in place of the case database (administrators)</source>
        <translation>Erstatt saksdatabasen med en kontrollert sikkerhetskopi (administratorer)</translation>
    </message>
    <message>
        <source>&amp;Check database</source>
        <translation>&amp;Kontroller databasen</translation>
    </message>
    <message>
        <source>Integrity, audit trail and every case whole</source>
        <translation>Integritet, revisjonsspor og at hver sak er komplett</translation>
    </message>
    <message>
        <source>This database is open read-only, because the file is write-protected: you can read cases and print letters, but not change anything. Ask for write access to %1 to work in it.</source>
        <translation>Denne databasen er åpnet skrivebeskyttet fordi filen er skrivebeskyttet: du kan lese saker og skrive ut brev, men ikke endre noe. Be om skrivetilgang til %1 for å arbeide i den.</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>Ta sikkerhetskopi av databasen</translation>
    </message>
    <message>
        <source>Backups (*.bak)</source>
        <translation>Sikkerhetskopier (*.bak)</translation>
    </message>
    <message numerus="yes">
        <source>Backup written to %1: %n case(s); only you can read the file.</source>
        <translation>
            <numerusform>Sikkerhetskopi skrevet til %1: %n sak; bare du kan lese filen.</numerusform>
            <numerusform>Sikkerhetskopi skrevet til %1: %n saker; bare du kan lese filen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore database from backup</source>
        <translation>Gjenopprett database fra sikkerhetskopi</translation>
    </message>
    <message>
        <source>Backups (*.bak *.db);;All files (*)</source>
        <translation>Sikkerhetskopier (*.bak *.db);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Restore database</source>
        <translation>Gjenopprett database</translation>
    </message>
    <message>
        <source>Replace the case database %1 with the backup %2?

Work recorded after the backup was taken is replaced; the current database is kept as a copy beside it. Everyone else must close Fellesvedtak on this database first.</source>
        <translation>Erstatte saksdatabasen %1 med sikkerhetskopien %2?

Arbeid som er registrert etter at sikkerhetskopien ble tatt, blir erstattet; den nåværende databasen beholdes som en kopi ved siden av. Alle andre må først lukke Fellesvedtak for denne databasen.</translation>
    </message>
    <message numerus="yes">
        <source>Restored from %1: %n case(s). The database it replaced is kept as %2.</source>
        <translation>
            <numerusform>Gjenopprettet fra %1: %n sak. Databasen som ble erstattet, er tatt vare på som %2.</numerusform>
            <numerusform>Gjenopprettet fra %1: %n saker. Databasen som ble erstattet, er tatt vare på som %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The database is in order: the file is intact, the audit trail of %1 events is unbroken and all %n case(s) are whole.</source>
        <translation>
            <numerusform>Databasen er i orden: filen er uskadd, revisjonssporet med %1 hendelser er ubrutt, og %n sak er komplett.</numerusform>
            <numerusform>Databasen er i orden: filen er uskadd, revisjonssporet med %1 hendelser er ubrutt, og alle %n saker er komplette.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The check found %n problem(s):</source>
        <translation>
            <numerusform>Kontrollen fant %n problem:</numerusform>
            <numerusform>Kontrollen fant %n problemer:</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore the last good backup (File → Restore database from backup…).</source>
        <translation>Gjenopprett den siste feilfrie sikkerhetskopien (Fil → Gjenopprett database fra sikkerhetskopi …).</translation>
    </message>
    <message>
        <source>Send &amp;letter…</source>
        <translation>Sen&amp;d brev …</translation>
    </message>
    <message>
        <source>Send a letter in this case: it is stored as a case document, exactly as sent</source>
        <translation>Send et brev i denne saken: det lagres som et saksdokument, nøyaktig slik det ble sendt</translation>
    </message>
    <message>
        <source>Send &amp;waiting letters…</source>
        <translation>Send &amp;ventende brev …</translation>
    </message>
    <message>
        <source>Send the letter of every approved decision not yet sent, and save the PDFs in a folder</source>
        <translation>Send brevet for hvert godkjent vedtak som ikke er sendt ennå, og lagre PDF-filene i en mappe</translation>
    </message>
    <message>
        <source>Letter &amp;templates…</source>
        <translation>Brev&amp;maler …</translation>
    </message>
    <message>
        <source>Send letter in %1</source>
        <translation>Send brev i %1</translation>
    </message>
    <message>
        <source>%1 sent and stored as document %2</source>
        <translation>%1 er sendt og lagret som dokument %2</translation>
    </message>
    <message>
        <source>No decision letters are waiting to be sent.</source>
        <translation>Ingen vedtaksbrev venter på å bli sendt.</translation>
    </message>
    <message numerus="yes">
        <source>Send %n waiting letter(s): folder for the PDF files</source>
        <translation>
            <numerusform>Send %n ventende brev: mappe for PDF-filen</numerusform>
            <numerusform>Send %n ventende brev: mappe for PDF-filene</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending decision letters…</source>
        <translation>Sender vedtaksbrev …</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) sent and saved in %1.</source>
        <translation>
            <numerusform>%n brev er sendt og lagret i %1.</numerusform>
            <numerusform>%n brev er sendt og lagret i %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped; the letters sent so far stay sent.</source>
        <translation>Stoppet; brevene som alt er sendt, forblir sendt.</translation>
    </message>
    <message>
        <source>Could not save %1 (they are stored in the case; open them there).</source>
        <translation>Kunne ikke lagre %1 (brevene er lagret i saken; åpne dem der).</translation>
    </message>
    <message>
        <source>Not sent: %1.</source>
        <translation>Ikke sendt: %1.</translation>
    </message>
    <message>
        <source>Save document</source>
        <translation>Lagre dokument</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Brukerveiledning</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Brukere …</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Ingen treff</translation>
    </message>
    <message>
        <source>Choose a case in the list.</source>
        <translation>Velg en sak i listen.</translation>
    </message>
    <message>
        <source>There is no decision yet.</source>
        <translation>Saken har ikke noe vedtak ennå.</translation>
    </message>
    <message>
        <source>Why does the draft in case %1 go back?</source>
        <translation>Hvorfor returneres utkastet i sak %1?</translation>
    </message>
    <message>
        <source>Show it in the case list</source>
        <translation>Vis saken i sakslisten</translation>
    </message>
    <message>
        <source>Case %1 is not in the list.</source>
        <translation>Sak %1 er ikke i listen.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Velkommen</translation>
    </message>
    <message>
        <source>%1 – Demo database</source>
        <translation>%1 – Demodatabase</translation>
    </message>
    <message>
        <source>Demo database</source>
        <translation>Demodatabase</translation>
    </message>
    <message>
        <source>The cases in this database are examples, not real applications.</source>
        <translation>Sakene i denne databasen er eksempler, ikke ekte søknader.</translation>
    </message>
    <message>
        <source>Submit decision</source>
        <translation>Send vedtaket til godkjenning</translation>
    </message>
    <message>
        <source>The registry managers have not yet answered the consultation on %1. Send the draft for approval without their answer?</source>
        <translation>Registerforvalterne har ennå ikke svart på høringen om %1. Vil du sende utkastet til godkjenning uten svaret deres?</translation>
    </message>
    <message>
        <source>Connect to &amp;server…</source>
        <translation>Koble til &amp;server …</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Flere handlinger</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Saker</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Søk i saker</translation>
    </message>
    <message>
        <source>Cas&amp;es</source>
        <translation>Sa&amp;ker</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Koblet til %1</translation>
    </message>
    <message>
        <source>%1.

Send the letter anyway?</source>
        <translation>%1.

Vil du sende brevet likevel?</translation>
    </message>
    <message>
        <source>Journalled as %1</source>
        <translation>Journalført som %1</translation>
    </message>
    <message>
        <source>Save decision letter as PD&amp;F…</source>
        <translation>Lagre vedtaksbrev som P&amp;DF …</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation>Vedt&amp;ak</translation>
    </message>
    <message>
        <source>Journal an internal note in the case (Noark 5 N or X)</source>
        <translation>Journalfør et internt notat i saken (Noark 5 N eller X)</translation>
    </message>
    <message>
        <source>Res&amp;tore database from backup…</source>
        <translation>&amp;Gjenopprett database fra sikkerhetskopi …</translation>
    </message>
</context>
<context>
    <name>fv::MessageBar</name>
    <message>
        <source>Close the message</source>
        <translation>Lukk meldingen</translation>
    </message>
</context>
<context>
    <name>fv::Migrate</name>
    <message>
        <source>migrate needs the server&apos;s superuser (IT&apos;s account, docs/TEAM.md): it creates the users&apos; logins and copies the records as they are</source>
        <translation>migrate må kjøres som serverens superbruker (IT sin konto, docs/TEAM.md): den oppretter brukernes pålogginger og kopierer opplysningene slik de er</translation>
    </message>
    <message>
        <source>the server database is not empty (%1 rows in %2); migrate copies only into a newly initialised one</source>
        <translation>serverdatabasen er ikke tom (%1 rader i %2); migrate kopierer bare til en nyopprettet database</translation>
    </message>
    <message>
        <source>the server database is not empty (%1 users); migrate copies only into a newly initialised one, with at most its first administrator</source>
        <translation>serverdatabasen er ikke tom (%1 brukere); migrate kopierer bare til en nyopprettet database, med høyst den første administratoren</translation>
    </message>
    <message>
        <source>document %1 of case id %2 does not match its SHA-256 in the SQLite file; run check there first</source>
        <translation>dokument %1 i sak-id %2 stemmer ikke med sin SHA-256 i SQLite-filen; kjør check på filen først</translation>
    </message>
    <message>
        <source>%1: %2 rows</source>
        <translation>%1: %2 rader</translation>
    </message>
    <message>
        <source>%1: %2 rows copied</source>
        <translation>%1: %2 rader kopiert</translation>
    </message>
    <message>
        <source>the user login &quot;%1&quot; cannot be a login on the server; rename the user first</source>
        <translation>brukernavnet «%1» kan ikke brukes som pålogging på serveren; gi brukeren et annet navn først</translation>
    </message>
    <message>
        <source>the server&apos;s audit trail has no head row</source>
        <translation>hendelsesloggen på serveren mangler toppraden</translation>
    </message>
    <message>
        <source>audit trail: %1 events re-chained</source>
        <translation>hendelseslogg: %1 hendelser lenket på nytt</translation>
    </message>
    <message>
        <source>users: %1 copied, each with a login on the server</source>
        <translation>brukere: %1 kopiert, hver med pålogging på serveren</translation>
    </message>
    <message>
        <source>migrate copies an SQLite file onto a team server (--to postgresql://…)</source>
        <translation>migrate kopierer en SQLite-fil over til en teamserver (--to postgresql://…)</translation>
    </message>
    <message>
        <source>the SQLite file&apos;s audit trail is broken (%1); it is not migrated</source>
        <translation>hendelsesloggen i SQLite-filen er brutt (%1); filen blir ikke overført</translation>
    </message>
    <message>
        <source>SQLite audit trail intact: %1 events, head %2</source>
        <translation>hendelsesloggen i SQLite-filen er hel: %1 hendelser, topp %2</translation>
    </message>
    <message>
        <source>search index rebuilt</source>
        <translation>søkeindeksen er bygd på nytt</translation>
    </message>
    <message>
        <source>check failed on the server, nothing was migrated: %1</source>
        <translation>check feilet på serveren, ingenting ble overført: %1</translation>
    </message>
    <message>
        <source>check and audit verify green on the server; committing</source>
        <translation>check og audit verify er i orden på serveren; lagrer</translation>
    </message>
    <message>
        <source>statistics gathered; rebuilding the search index</source>
        <translation>statistikk samlet inn; bygger søkeindeksen på nytt</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>leser %1</translation>
    </message>
    <message>
        <source>%1: the server took %2 of %3 rows</source>
        <translation>%1: serveren tok imot %2 av %3 rader</translation>
    </message>
    <message>
        <source>the received file %1 of case id %2 does not match its SHA-256 in the SQLite file; run check there first</source>
        <translation>den mottatte filen %1 i sak-id %2 stemmer ikke med SHA-256-summen sin i SQLite-filen; kjør check der først</translation>
    </message>
    <message>
        <source>column %1 of %2 has a type migrate does not copy (%3)</source>
        <translation>kolonnen %1 i %2 har en type som migrate ikke kopierer (%3)</translation>
    </message>
    <message>
        <source>audit trail</source>
        <translation>hendelseslogg</translation>
    </message>
    <message>
        <source>the re-chained audit trail differs from the server&apos;s fv_event_hash in %1 sampled events; nothing was migrated</source>
        <translation>den nylenkede hendelsesloggen avviker fra serverens fv_event_hash i %1 stikkprøvde hendelser; ingenting ble migrert</translation>
    </message>
    <message>
        <source>the server has %1 rows of %2, the SQLite file %3</source>
        <translation>serveren har %1 rader i %2, SQLite-fila %3</translation>
    </message>
</context>
<context>
    <name>fv::Permissions</name>
    <message>
        <source>import applications</source>
        <translation>importere søknader</translation>
    </message>
    <message>
        <source>register applications</source>
        <translation>registrere søknader</translation>
    </message>
    <message>
        <source>correct applications</source>
        <translation>rette søknader</translation>
    </message>
    <message>
        <source>attach files</source>
        <translation>legge ved filer</translation>
    </message>
    <message>
        <source>assign cases</source>
        <translation>fordele saker</translation>
    </message>
    <message>
        <source>take cases</source>
        <translation>ta saker</translation>
    </message>
    <message>
        <source>check applications for completeness</source>
        <translation>kontrollere om søknader er komplette</translation>
    </message>
    <message>
        <source>mark applications complete</source>
        <translation>markere søknader som komplette</translation>
    </message>
    <message>
        <source>ask applicants for information</source>
        <translation>be søkere om opplysninger</translation>
    </message>
    <message>
        <source>record applicants&apos; answers</source>
        <translation>registrere svar fra søkere</translation>
    </message>
    <message>
        <source>send reminders</source>
        <translation>sende purringer</translation>
    </message>
    <message>
        <source>reject applications for want of an answer</source>
        <translation>avvise søknader fordi svar uteblir</translation>
    </message>
    <message>
        <source>consult registry managers</source>
        <translation>høre registerforvaltere</translation>
    </message>
    <message>
        <source>record registry managers&apos; answers</source>
        <translation>registrere svar fra registerforvaltere</translation>
    </message>
    <message>
        <source>make the legal assessment</source>
        <translation>gjøre den juridiske vurderingen</translation>
    </message>
    <message>
        <source>write notes</source>
        <translation>skrive notater</translation>
    </message>
    <message>
        <source>record preliminary replies</source>
        <translation>registrere foreløpige svar</translation>
    </message>
    <message>
        <source>forward cases</source>
        <translation>videresende saker</translation>
    </message>
    <message>
        <source>record withdrawals</source>
        <translation>registrere tilbaketrekninger</translation>
    </message>
    <message>
        <source>close cases</source>
        <translation>avslutte saker</translation>
    </message>
    <message>
        <source>draft decisions</source>
        <translation>utarbeide vedtaksutkast</translation>
    </message>
    <message>
        <source>edit decision drafts</source>
        <translation>redigere vedtaksutkast</translation>
    </message>
    <message>
        <source>submit decisions for approval</source>
        <translation>sende vedtak til godkjenning</translation>
    </message>
    <message>
        <source>approve decisions</source>
        <translation>godkjenne vedtak</translation>
    </message>
    <message>
        <source>return decisions</source>
        <translation>returnere vedtak</translation>
    </message>
    <message>
        <source>send letters</source>
        <translation>sende brev</translation>
    </message>
    <message>
        <source>administer users</source>
        <translation>administrere brukere</translation>
    </message>
    <message>
        <source>edit the registry catalogue</source>
        <translation>redigere registerkatalogen</translation>
    </message>
    <message>
        <source>change letter templates</source>
        <translation>endre brevmaler</translation>
    </message>
    <message>
        <source>edit the standard conditions</source>
        <translation>redigere standardvilkårene</translation>
    </message>
    <message>
        <source>edit prices</source>
        <translation>redigere priser</translation>
    </message>
    <message>
        <source>change settings</source>
        <translation>endre innstillinger</translation>
    </message>
    <message>
        <source>restore the database</source>
        <translation>gjenopprette databasen</translation>
    </message>
    <message>
        <source>generate synthetic cases</source>
        <translation>lage syntetiske saker</translation>
    </message>
    <message>
        <source>%1 is deactivated and may not %2</source>
        <translation>%1 er deaktivert og kan ikke %2</translation>
    </message>
    <message>
        <source>%1 may not %2: that needs the role %3</source>
        <translation>%1 kan ikke %2: det krever rollen %3</translation>
    </message>
    <message>
        <source> or </source>
        <translation> eller </translation>
    </message>
    <message>
        <source>While the case is %1, nobody can %2</source>
        <translation>Mens saken har status %1, kan ingen %2</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <source>Legal basis (GDPR)</source>
        <translation>Rettslig grunnlag (personvernforordningen)</translation>
    </message>
    <message>
        <source>REK approval</source>
        <translation>REK-godkjenning</translation>
    </message>
    <message>
        <source>Institution&apos;s approval</source>
        <translation>Institusjonens godkjenning</translation>
    </message>
    <message>
        <source>Data minimisation</source>
        <translation>Dataminimering</translation>
    </message>
    <message>
        <source>Security measures</source>
        <translation>Sikkerhetstiltak</translation>
    </message>
    <message>
        <source>Interest to society</source>
        <translation>Samfunnsinteresse</translation>
    </message>
    <message>
        <source>Linkage</source>
        <translation>Sammenstilling</translation>
    </message>
    <message>
        <source>End and deletion dates</source>
        <translation>Slutt- og slettedato</translation>
    </message>
    <message>
        <source>National-security screening</source>
        <translation>Vurdering av nasjonal sikkerhet</translation>
    </message>
    <message>
        <source>The assessment is closed while the case is %1: it can change until the draft goes for approval</source>
        <translation>Vurderingen er låst mens saken har status %1: den kan endres fram til utkastet sendes til godkjenning</translation>
    </message>
    <message>
        <source>The case is closed; a closed case gets no caseworker</source>
        <translation>Saken er avsluttet; en avsluttet sak får ingen saksbehandler</translation>
    </message>
    <message>
        <source>The case is %1: a preliminary reply is for a case still being worked on</source>
        <translation>Saken har status %1: foreløpig svar gis bare i saker som fortsatt er under behandling</translation>
    </message>
    <message>
        <source>A preliminary reply was sent on %1</source>
        <translation>Foreløpig svar ble sendt %1</translation>
    </message>
    <message>
        <source>The case is %1; answers are recorded while it is open</source>
        <translation>Saken har status %1; svar registreres mens saken er åpen</translation>
    </message>
    <message>
        <source>No request for information is open</source>
        <translation>Ingen anmodning om opplysninger venter på svar</translation>
    </message>
    <message>
        <source>A reminder goes only to an applicant we are waiting for; the case is %1</source>
        <translation>Purring sendes bare til en søker vi venter på; saken har status %1</translation>
    </message>
    <message>
        <source>A reminder was sent on %1; the applicant has until %2</source>
        <translation>Purring ble sendt %1; søkeren har frist til %2</translation>
    </message>
    <message>
        <source>The applicant has until %1 to answer; a reminder can be sent after that</source>
        <translation>Søkeren har frist til %1 med å svare; purring kan sendes etter det</translation>
    </message>
    <message>
        <source>Send the applicant a reminder first: a case is rejected for want of an answer only when the reminder&apos;s deadline has passed</source>
        <translation>Send søkeren en purring først: en sak avvises for manglende svar bare når fristen i purringen er ute</translation>
    </message>
    <message>
        <source>The reminder gives the applicant until %1; the case can be rejected after that</source>
        <translation>Purringen gir søkeren frist til %1; saken kan avvises etter det</translation>
    </message>
    <message>
        <source>The decision is drafted once the application is complete and under assessment; the case is %1</source>
        <translation>Utkast til vedtak lages når søknaden er komplett og under vurdering; saken har status %1</translation>
    </message>
    <message>
        <source>The case has no caseworker yet: assign it to someone before the decision is drafted</source>
        <translation>Saken har ingen saksbehandler ennå: tildel den til noen før det lages utkast til vedtak</translation>
    </message>
    <message>
        <source>The case has no decision draft yet</source>
        <translation>Saken har ikke noe utkast til vedtak ennå</translation>
    </message>
    <message>
        <source>Version %1 of the decision awaits approval and cannot be edited until a decision-maker returns it</source>
        <translation>Versjon %1 av vedtaket venter på godkjenning og kan ikke endres før en beslutter sender det tilbake</translation>
    </message>
    <message>
        <source>Version %1 of the decision is approved and can no longer be edited</source>
        <translation>Versjon %1 av vedtaket er godkjent og kan ikke lenger endres</translation>
    </message>
    <message>
        <source>The draft cannot go for approval while the legal assessment is unsettled for: %1</source>
        <translation>Utkastet kan ikke sendes til godkjenning mens den juridiske vurderingen mangler for: %1</translation>
    </message>
    <message>
        <source>The draft cannot go for approval without the reasons for what is refused: give the reason for the outcome of %1 (or of each variable left out)</source>
        <translation>Utkastet kan ikke sendes til godkjenning uten begrunnelse for det som avslås: skriv begrunnelsen for vedtaket om %1 (eller for hver variabel som er tatt ut)</translation>
    </message>
    <message>
        <source>No decision is waiting for approval in this case</source>
        <translation>Ingen vedtak venter på godkjenning i denne saken</translation>
    </message>
    <message>
        <source>%1 (%2) drafted, edited or submitted version %3 of this decision and may not approve it: a second person must approve it (the four-eyes principle)</source>
        <translation>%1 (%2) har laget, endret eller sendt inn versjon %3 av dette vedtaket og kan ikke godkjenne det: en annen person må godkjenne (fire øyne-prinsippet)</translation>
    </message>
    <message>
        <source>%1 may not assess &quot;%2&quot;: that needs the role %3</source>
        <translation>%1 kan ikke vurdere «%2»: det krever rollen %3</translation>
    </message>
    <message>
        <source>%1 is no longer a user of this database</source>
        <translation>%1 er ikke lenger bruker av denne databasen</translation>
    </message>
    <message>
        <source>The change was not saved: it left no event in the case&apos;s history</source>
        <translation>Endringen ble ikke lagret: den ble ikke registrert i saksloggen</translation>
    </message>
    <message>
        <source>The decision was changed by %1 at %2 after you read it (you read revision %3, it is now revision %4); nothing was done: read it again first</source>
        <translation>Vedtaket ble endret av %1 %2 etter at du leste det (du leste revisjon %3, nå er det revisjon %4); ingenting ble gjort: les det på nytt først</translation>
    </message>
    <message>
        <source>The decision letter has not been sent, so there is no delivery or end of project to follow up yet</source>
        <translation>Vedtaksbrevet er ikke sendt, så det er ennå ingen leveranse eller prosjektslutt å følge opp</translation>
    </message>
    <message>
        <source>The decision grants no data, so nothing is delivered and the project has nothing to report or delete</source>
        <translation>Vedtaket gir ikke tilgang til data, så ingenting leveres, og prosjektet har ikke noe å rapportere eller slette</translation>
    </message>
    <message>
        <source>The decision grants nothing from the registry &quot;%1&quot;, so its manager delivers nothing from it; the registries granted are: %2</source>
        <translation>Vedtaket gir ikke tilgang til noe fra registeret «%1», så registerforvalteren leverer ikke noe derfra; registrene det er gitt tilgang til, er: %2</translation>
    </message>
    <message>
        <source>screen journal entries</source>
        <translation>skjerme journalposter</translation>
    </message>
    <message>
        <source>close journal entries</source>
        <translation>avskrive journalposter</translation>
    </message>
    <message>
        <source>publish the public journal</source>
        <translation>publisere offentlig journal</translation>
    </message>
    <message>
        <source>export the archive</source>
        <translation>lage arkivuttrekk</translation>
    </message>
    <message>
        <source>record registry managers&apos; deliveries</source>
        <translation>registrere registerforvalternes leveranser</translation>
    </message>
    <message>
        <source>record end reports and deletions</source>
        <translation>registrere sluttrapporter og sletting</translation>
    </message>
    <message>
        <source>No appeal is registered in this case</source>
        <translation>Det er ikke registrert noen klage i saken</translation>
    </message>
    <message>
        <source>No decision or rejection letter has been sent in this case, so there is nothing to appeal yet</source>
        <translation>Det er ikke sendt noe vedtaksbrev eller avvisningsbrev i saken, så det er ikke noe å klage på ennå</translation>
    </message>
    <message>
        <source>The appeal received %1 is still being dealt with (%2); finish it first</source>
        <translation>Klagen mottatt %1 er fortsatt under behandling (%2); gjør den ferdig først</translation>
    </message>
    <message>
        <source>The appeal is not a late one waiting to be considered or rejected: it is %1</source>
        <translation>Klagen er ikke en for sen klage som venter på å bli behandlet eller avvist: den er %1</translation>
    </message>
    <message>
        <source>The appeal is not being prepared by HDS: it is %1</source>
        <translation>Klagen er ikke under forberedelse hos HDS: den er %1</translation>
    </message>
    <message>
        <source>The appeal has not been forwarded to the appeal body, or its result is recorded: it is %1</source>
        <translation>Klagen er ikke sendt til klageinstansen, eller resultatet er registrert: den er %1</translation>
    </message>
    <message>
        <source>journal internal notes</source>
        <translation>journalføre interne notater</translation>
    </message>
    <message>
        <source>give advance notice of revocation</source>
        <translation>sende forhåndsvarsel om tilbakekall</translation>
    </message>
    <message>
        <source>record comments on advance notices</source>
        <translation>registrere merknader til forhåndsvarsler</translation>
    </message>
    <message>
        <source>propose decisions on revocation</source>
        <translation>foreslå vedtak om tilbakekall</translation>
    </message>
    <message>
        <source>approve decisions on revocation</source>
        <translation>godkjenne vedtak om tilbakekall</translation>
    </message>
    <message>
        <source>decide on suspended implementation</source>
        <translation>avgjøre utsatt iverksetting</translation>
    </message>
    <message>
        <source>register appeals</source>
        <translation>registrere klager</translation>
    </message>
    <message>
        <source>consider or reject late appeals</source>
        <translation>behandle eller avvise for sene klager</translation>
    </message>
    <message>
        <source>reverse appealed decisions</source>
        <translation>omgjøre påklagede vedtak</translation>
    </message>
    <message>
        <source>forward appeals to the appeal body</source>
        <translation>sende klager til klageinstansen</translation>
    </message>
    <message>
        <source>record the appeal body&apos;s results</source>
        <translation>registrere klageinstansens resultater</translation>
    </message>
    <message>
        <source>No decision letter has been sent in this case, so there is no decision to revoke, reverse or suspend</source>
        <translation>Det er ikke sendt noe vedtaksbrev i saken, så det finnes ikke noe vedtak å kalle tilbake, omgjøre eller utsette</translation>
    </message>
    <message>
        <source>An advance notice was sent on %1 and is not decided yet; decide it before a new one</source>
        <translation>Et forhåndsvarsel ble sendt %1 og er ikke avgjort ennå; avgjør det før et nytt sendes</translation>
    </message>
    <message>
        <source>No advance notice is waiting for the applicant&apos;s comment</source>
        <translation>Ingen forhåndsvarsler venter på merknader fra søkeren</translation>
    </message>
    <message>
        <source>The applicant&apos;s comment was recorded as received on %1 already</source>
        <translation>Søkerens merknader er allerede registrert som mottatt %1</translation>
    </message>
    <message>
        <source>No advance notice of revocation or reversal is waiting for a decision</source>
        <translation>Ingen forhåndsvarsler om tilbakekall eller omgjøring venter på vedtak</translation>
    </message>
    <message>
        <source>A decision was proposed by %1 and awaits approval</source>
        <translation>%1 har foreslått et vedtak som venter på godkjenning</translation>
    </message>
    <message>
        <source>The applicant has until %1 to comment on the advance notice (fvl § 16); decide after that, or when the comment is received</source>
        <translation>Søkeren har frist til %1 med å uttale seg om forhåndsvarselet (fvl. § 16); treff vedtak etter fristen, eller når merknadene er mottatt</translation>
    </message>
    <message>
        <source>No proposed revocation or reversal is waiting for approval</source>
        <translation>Ingen forslag til vedtak om tilbakekall eller omgjøring venter på godkjenning</translation>
    </message>
    <message>
        <source>%1 proposed this decision and cannot approve it too. Someone else must approve it (the four-eyes principle).</source>
        <translation>%1 har foreslått dette vedtaket og kan ikke godkjenne det selv. En annen må godkjenne det (firøyeprinsippet).</translation>
    </message>
    <message>
        <source>No request for suspended implementation is waiting for a decision</source>
        <translation>Ingen anmodninger om utsatt iverksetting venter på avgjørelse</translation>
    </message>
    <message>
        <source>Implementation is not suspended in this case</source>
        <translation>Iverksettingen er ikke utsatt i denne saken</translation>
    </message>
    <message>
        <source>The appeal is no longer being dealt with, so it cannot be withdrawn: it is %1</source>
        <translation>Klagen er ikke lenger til behandling, så den kan ikke trekkes tilbake: den er %1</translation>
    </message>
    <message>
        <source>record withdrawn appeals</source>
        <translation>registrere tilbaketrukne klager</translation>
    </message>
    <message>
        <source>The appeal body has not reversed the decision, so there is no decision of its to record: the appeal is %1</source>
        <translation>Klageinstansen har ikke omgjort vedtaket, så det finnes ikke noe vedtak fra klageinstansen å registrere: klagen er %1</translation>
    </message>
    <message>
        <source>The appeal body&apos;s decision is already recorded as decision version %1</source>
        <translation>Klageinstansens vedtak er allerede registrert som vedtaksversjon %1</translation>
    </message>
    <message>
        <source>record the appeal body&apos;s decisions as new decision versions</source>
        <translation>registrere klageinstansens vedtak som nye vedtaksversjoner</translation>
    </message>
</context>
<context>
    <name>fv::PracticePane</name>
    <message>
        <source>Approved decisions on the same registries, variables and purpose, the closest and newest first. Reuse a reason with the button, Enter or a double-click: it goes into the draft as an edit you can undo.</source>
        <translation>Godkjente vedtak om de samme registrene, variablene og formålet, de nærmeste og nyeste først. Gjenbruk en begrunnelse med knappen, Enter eller dobbeltklikk: den settes inn i utkastet som en endring du kan angre.</translation>
    </message>
    <message>
        <source>Earlier practice</source>
        <translation>Tidligere praksis</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Vedtak</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Reason, title or condition</source>
        <translation>Begrunnelse, tittel eller vilkår</translation>
    </message>
    <message>
        <source>The chosen text in full</source>
        <translation>Den valgte teksten i sin helhet</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>No approved decision shares a registry with this draft.</source>
        <translation>Ingen godkjente vedtak gjelder noen av registrene i dette utkastet.</translation>
    </message>
    <message>
        <source>Earlier decisions, the closest first (%1):</source>
        <translation>Tidligere vedtak, de nærmeste først (%1):</translation>
    </message>
    <message>
        <source>Earlier practice could not be read: %1</source>
        <translation>Tidligere praksis kunne ikke leses: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>registries %1 % alike, variables %2 % alike, %3</source>
        <translation>registre %1 % like, variabler %2 % like, %3</translation>
    </message>
    <message>
        <source>same purpose</source>
        <translation>samme formål</translation>
    </message>
    <message>
        <source>another purpose</source>
        <translation>annet formål</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Taken out: %1</source>
        <translation>Tatt ut: %1</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <source>Conditions (%1)</source>
        <translation>Vilkår (%1)</translation>
    </message>
    <message>
        <source>Reuse t&amp;his in the general reasons</source>
        <translation>Gjenbr&amp;uk i den generelle begrunnelsen</translation>
    </message>
    <message>
        <source>Reuse t&amp;his reason for %1</source>
        <translation>Gjenbr&amp;uk begrunnelsen for %1</translation>
    </message>
    <message>
        <source>Adds the reason to the draft (Enter, Ctrl+Shift+R); Ctrl+Z takes it back</source>
        <translation>Legger begrunnelsen inn i utkastet (Enter, Ctrl+Shift+R); Ctrl+Z tar den bort igjen</translation>
    </message>
    <message>
        <source>Choose a registry&apos;s reason or the reasons of an earlier decision</source>
        <translation>Velg begrunnelsen for et register eller begrunnelsen i et tidligere vedtak</translation>
    </message>
</context>
<context>
    <name>fv::PriceTableDialog</name>
    <message>
        <source>NOK %1</source>
        <translation>kr %1</translation>
    </message>
    <message>
        <source> NOK</source>
        <translation> kr</translation>
    </message>
    <message>
        <source>Price tables</source>
        <translation>Pristabeller</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>Gjelder fra</translation>
    </message>
    <message>
        <source>Base price, one source</source>
        <translation>Grunnpris, én kilde</translation>
    </message>
    <message>
        <source>Base price, several sources</source>
        <translation>Grunnpris, flere kilder</translation>
    </message>
    <message>
        <source>Per started hour</source>
        <translation>Per påbegynt time</translation>
    </message>
    <message>
        <source>Price table</source>
        <translation>Pristabell</translation>
    </message>
    <message>
        <source>In force &amp;from:</source>
        <translation>&amp;Gjelder fra:</translation>
    </message>
    <message>
        <source>Base price, &amp;one source:</source>
        <translation>Grunnpris, én &amp;kilde:</translation>
    </message>
    <message>
        <source>Base price, &amp;several sources:</source>
        <translation>Grunnpris, &amp;flere kilder:</translation>
    </message>
    <message>
        <source>Per started &amp;hour of case work:</source>
        <translation>Per påbegynt &amp;time saksbehandling:</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>Eksempel:</translation>
    </message>
    <message>
        <source>&amp;New price table from a date</source>
        <translation>&amp;Ny pristabell fra en dato</translation>
    </message>
    <message>
        <source>A decision&apos;s fee is computed with the table in force on the day it is approved, and then fixed. Earlier tables are kept so older fees can be explained; a table with the same date replaces the one saved before.</source>
        <translation>Gebyret i et vedtak beregnes etter tabellen som gjelder den dagen vedtaket godkjennes, og ligger deretter fast. Tidligere tabeller tas vare på, slik at eldre gebyrer kan forklares; en tabell med samme dato erstatter den som ble lagret før.</translation>
    </message>
    <message>
        <source>Only an administrator can change the prices.</source>
        <translation>Bare en administrator kan endre prisene.</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>innebygd</translation>
    </message>
    <message>
        <source> (in force today)</source>
        <translation> (gjelder i dag)</translation>
    </message>
    <message>
        <source>Set the date and the new prices, then save. The table in force today stays as it is.</source>
        <translation>Angi datoen og de nye prisene, og lagre. Tabellen som gjelder i dag, forblir uendret.</translation>
    </message>
    <message>
        <source>one source and 3 hours: %1; three sources and 2.5 hours (3 started): %2</source>
        <translation>én kilde og 3 timer: %1; tre kilder og 2,5 timer (3 påbegynte): %2</translation>
    </message>
    <message>
        <source>Give the date the prices apply from, as dd.mm.yyyy.</source>
        <translation>Oppgi datoen prisene gjelder fra, som dd.mm.åååå.</translation>
    </message>
    <message>
        <source>The prices from %1 are saved.</source>
        <translation>Prisene fra %1 er lagret.</translation>
    </message>
</context>
<context>
    <name>fv::ReceivedFileField</name>
    <message>
        <source>Attach file …</source>
        <translation>Legg ved fil …</translation>
    </message>
    <message>
        <source>A PDF letter, a scanned image or a saved e-mail, at most %1 MB. Never health data.</source>
        <translation>Et brev som PDF, et skannet bilde eller en lagret e-post, høyst %1 MB. Aldri helseopplysninger.</translation>
    </message>
    <message>
        <source>No file attached</source>
        <translation>Ingen fil lagt ved</translation>
    </message>
    <message>
        <source>Letters and scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.eml *.txt);;All files (*)</source>
        <translation>Brev og skanninger (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.eml *.txt);;Alle filer (*)</translation>
    </message>
    <message>
        <source>%1 (%2 kB)</source>
        <translation>%1 (%2 kB)</translation>
    </message>
    <message>
        <source>Attached file: %1</source>
        <translation>Vedlagt fil: %1</translation>
    </message>
</context>
<context>
    <name>fv::ReceivedFilesList</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Åpne</translation>
    </message>
    <message>
        <source>Received files</source>
        <translation>Mottatte filer</translation>
    </message>
    <message>
        <source>Open the received file</source>
        <translation>Åpne den mottatte filen</translation>
    </message>
    <message>
        <source>Opens a copy of the file exactly as it was received</source>
        <translation>Åpner en kopi av filen nøyaktig slik den ble mottatt</translation>
    </message>
    <message>
        <source>No received files</source>
        <translation>Ingen mottatte filer</translation>
    </message>
    <message>
        <source>The appeal body&apos;s decision</source>
        <translation>Klageinstansens vedtak</translation>
    </message>
    <message>
        <source>The appeal</source>
        <translation>Klagen</translation>
    </message>
    <message>
        <source>%1: %2, received %3</source>
        <translation>%1: %2, mottatt %3</translation>
    </message>
    <message>
        <source>No program to open the file; a copy is in %1</source>
        <translation>Ingen program kan åpne filen; en kopi ligger i %1</translation>
    </message>
    <message>
        <source>Received files:</source>
        <translation>Mottatte filer:</translation>
    </message>
</context>
<context>
    <name>fv::Registry</name>
    <message>
        <source>the registry catalogue resource is missing</source>
        <translation>registerkatalogen mangler i programmet</translation>
    </message>
    <message>
        <source>a registry needs a name, a manager and a regulation</source>
        <translation>et register trenger et navn, en forvalter og en forskrift</translation>
    </message>
    <message>
        <source>a variable without a name</source>
        <translation>en variabel uten navn</translation>
    </message>
    <message>
        <source>the variable %1 is listed twice</source>
        <translation>variabelen %1 står to ganger</translation>
    </message>
    <message>
        <source>no registry with the code %1</source>
        <translation>det finnes ikke noe register med koden %1</translation>
    </message>
    <message>
        <source>the registry %1</source>
        <translation>registeret %1</translation>
    </message>
</context>
<context>
    <name>fv::RegistryCatalogueDialog</name>
    <message>
        <source>Registry catalogue</source>
        <translation>Registerkatalog</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variabel</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Name (bokmål)</source>
        <translation>Navn (bokmål)</translation>
    </message>
    <message>
        <source>Name (nynorsk)</source>
        <translation>Navn (nynorsk)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Navn (engelsk)</translation>
    </message>
    <message>
        <source>Registry manager</source>
        <translation>Registerforvalter</translation>
    </message>
    <message>
        <source>Regulation</source>
        <translation>Forskrift</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Merknader</translation>
    </message>
    <message>
        <source>Add variable</source>
        <translation>Legg til variabel</translation>
    </message>
    <message>
        <source>Remove variable</source>
        <translation>Fjern variabel</translation>
    </message>
    <message>
        <source>Only an administrator can change the catalogue.</source>
        <translation>Bare en administrator kan endre katalogen.</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 er lagret.</translation>
    </message>
    <message>
        <source>Registries</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Variabler</translation>
    </message>
</context>
<context>
    <name>fv::Revocation</name>
    <message>
        <source>Reversal without appeal (fvl § 35)</source>
        <translation>Omgjøring uten klage (fvl. § 35)</translation>
    </message>
    <message>
        <source>Revocation (conditions broken)</source>
        <translation>Tilbakekall (vilkår brutt)</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Tilbakekalt</translation>
    </message>
    <message>
        <source>Partly revoked</source>
        <translation>Delvis tilbakekalt</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Henlagt</translation>
    </message>
    <message>
        <source>Advance notice sent</source>
        <translation>Forhåndsvarsel sendt</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>Venter på godkjenning</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Avgjort</translation>
    </message>
    <message>
        <source>The decision grants no data, so there is no access to revoke or reverse</source>
        <translation>Vedtaket gir ikke tilgang til noen opplysninger, så det er ingen tilgang å kalle tilbake eller omgjøre</translation>
    </message>
    <message>
        <source>The decision grants nothing from the registry &quot;%1&quot;; the registries granted are: %2</source>
        <translation>Vedtaket gir ikke tilgang til noe fra registeret «%1»; registrene vedtaket gir tilgang til, er: %2</translation>
    </message>
    <message>
        <source>%1 is in the future: record it when it has happened</source>
        <translation>%1 er fram i tid: registrer det når det har skjedd</translation>
    </message>
    <message>
        <source>%1 is before %2 (%3)</source>
        <translation>%1 er før %2 (%3)</translation>
    </message>
    <message>
        <source>It is recorded, but the letter &quot;%1&quot; was not sent: %2. Send it from the case&apos;s letters.</source>
        <translation>Det er registrert, men brevet «%1» ble ikke sendt: %2. Send det fra brevene i saken.</translation>
    </message>
    <message>
        <source>Give the grounds for the revocation or reversal: the applicant must know what to comment on</source>
        <translation>Oppgi grunnlaget for tilbakekallet eller omgjøringen: søkeren må vite hva de skal uttale seg om</translation>
    </message>
    <message>
        <source>The deadline to comment must be between 1 and 90 days, not %1</source>
        <translation>Fristen for å uttale seg må være mellom 1 og 90 dager, ikke %1</translation>
    </message>
    <message>
        <source>the advance notice was sent</source>
        <translation>forhåndsvarselet ble sendt</translation>
    </message>
    <message>
        <source>Give the reason for dropping the revocation: it is written in the letter</source>
        <translation>Oppgi hvorfor tilbakekallet henlegges: begrunnelsen står i brevet</translation>
    </message>
    <message>
        <source>The advance notice does not concern the registry &quot;%1&quot;; it concerns: %2</source>
        <translation>Forhåndsvarselet gjelder ikke registeret «%1»; det gjelder: %2</translation>
    </message>
    <message>
        <source>A partial revocation names the registries it revokes, some but not all of: %1</source>
        <translation>Et delvis tilbakekall må nevne registrene det gjelder, noen men ikke alle av: %1</translation>
    </message>
    <message>
        <source>Say who asked for suspended implementation</source>
        <translation>Oppgi hvem som ba om utsatt iverksetting</translation>
    </message>
    <message>
        <source>A request for suspended implementation received on %1 is not decided yet</source>
        <translation>En anmodning om utsatt iverksetting mottatt %1 er ikke avgjort ennå</translation>
    </message>
    <message>
        <source>the decision letter was sent</source>
        <translation>vedtaksbrevet ble sendt</translation>
    </message>
    <message>
        <source>Give the reason for granting or refusing suspended implementation</source>
        <translation>Oppgi begrunnelsen for å innvilge eller avslå utsatt iverksetting</translation>
    </message>
    <message>
        <source>suspension was granted</source>
        <translation>utsatt iverksetting ble innvilget</translation>
    </message>
</context>
<context>
    <name>fv::RevocationPane</name>
    <message>
        <source>Record comment</source>
        <translation>Registrer merknader</translation>
    </message>
    <message>
        <source>Record request</source>
        <translation>Registrer anmodning</translation>
    </message>
    <message>
        <source>End suspension</source>
        <translation>Avslutt utsettelsen</translation>
    </message>
    <message>
        <source>Suspended implementation (fvl § 42)</source>
        <translation>Utsatt iverksetting (fvl. § 42)</translation>
    </message>
    <message>
        <source>Day the request was received</source>
        <translation>Dagen anmodningen kom inn</translation>
    </message>
    <message>
        <source>Who asked</source>
        <translation>Hvem som ba om det</translation>
    </message>
    <message>
        <source>Who asked for it</source>
        <translation>Hvem som ba om det</translation>
    </message>
    <message>
        <source>Reason for the decision on suspension</source>
        <translation>Begrunnelse for avgjørelsen om utsatt iverksetting</translation>
    </message>
    <message>
        <source>Why suspension is granted or refused</source>
        <translation>Hvorfor utsatt iverksetting innvilges eller avslås</translation>
    </message>
    <message>
        <source>Revocation and reversal without appeal (fvl §§ 16 and 35)</source>
        <translation>Tilbakekall og omgjøring uten klage (fvl. §§ 16 og 35)</translation>
    </message>
    <message>
        <source>What the applicant is told and may comment on</source>
        <translation>Det søkeren får vite og kan uttale seg om</translation>
    </message>
    <message>
        <source>Registries concerned (none ticked: all granted)</source>
        <translation>Registrene det gjelder (ingen krysset av: alle det er gitt tilgang til)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dager</translation>
    </message>
    <message>
        <source>Days to comment</source>
        <translation>Dager til å uttale seg</translation>
    </message>
    <message>
        <source>Day the applicant&apos;s comment was received</source>
        <translation>Dagen søkerens merknader kom inn</translation>
    </message>
    <message>
        <source>Reason (empty: the grounds of the notice)</source>
        <translation>Begrunnelse (tom: grunnlaget i varselet)</translation>
    </message>
    <message>
        <source>Reason for the decision</source>
        <translation>Begrunnelse for vedtaket</translation>
    </message>
    <message>
        <source>Choose a case in the list.</source>
        <translation>Velg en sak i listen.</translation>
    </message>
    <message>
        <source>No advance notice of revocation or reversal has been sent.</source>
        <translation>Det er ikke sendt forhåndsvarsel om tilbakekall eller omgjøring.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1: %2.&lt;/b&gt; Notice sent %3 about %4; comment by %5</source>
        <translation>&lt;b&gt;%1: %2.&lt;/b&gt; Varsel sendt %3 om %4; frist for merknader %5</translation>
    </message>
    <message>
        <source>; comment received %1</source>
        <translation>; merknader mottatt %1</translation>
    </message>
    <message>
        <source>. Decision: %1 (%2), proposed by %3</source>
        <translation>. Vedtak: %1 (%2), foreslått av %3</translation>
    </message>
    <message>
        <source>, approved by %1 on %2</source>
        <translation>, godkjent av %1 %2</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#b01c1c; font-weight:bold;&quot;&gt;Implementation suspended&lt;/span&gt;: deliveries are not chased until the suspension ends.</source>
        <translation>&lt;span style=&quot;color:#b01c1c; font-weight:bold;&quot;&gt;Iverksetting utsatt&lt;/span&gt;: utleveringene purres ikke før utsettelsen er over.</translation>
    </message>
    <message>
        <source>Requested %1 by %2; not decided yet.</source>
        <translation>Anmodning mottatt %1 fra %2; ikke avgjort ennå.</translation>
    </message>
    <message>
        <source>Nobody has asked for suspended implementation.</source>
        <translation>Ingen har bedt om utsatt iverksetting.</translation>
    </message>
    <message>
        <source>Suspension granted %1 ended %2.</source>
        <translation>Utsatt iverksetting innvilget %1, avsluttet %2.</translation>
    </message>
    <message>
        <source>Suspension refused %1.</source>
        <translation>Utsatt iverksetting avslått %1.</translation>
    </message>
    <message>
        <source>Implementation is suspended already.</source>
        <translation>Iverksettingen er allerede utsatt.</translation>
    </message>
    <message>
        <source>A request is waiting for its decision.</source>
        <translation>En anmodning venter på avgjørelse.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write it as dd.mm.yyyy</source>
        <translation>«%1» er ikke en dato: skriv den som dd.mm.åååå</translation>
    </message>
    <message>
        <source>%1: the advance notice is sent</source>
        <translation>%1: forhåndsvarselet er sendt</translation>
    </message>
    <message>
        <source>%1: the applicant&apos;s comment is recorded</source>
        <translation>%1: søkerens merknader er registrert</translation>
    </message>
    <message>
        <source>%1: the decision is proposed; another person approves it</source>
        <translation>%1: vedtaket er foreslått; en annen godkjenner det</translation>
    </message>
    <message numerus="yes">
        <source>%1: approved; the decision letter and %n stop-delivery notice(s) are sent</source>
        <translation>
            <numerusform>%1: godkjent; vedtaksbrevet og %n melding om stans i utlevering er sendt</numerusform>
            <numerusform>%1: godkjent; vedtaksbrevet og %n meldinger om stans i utlevering er sendt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the request for suspended implementation is recorded</source>
        <translation>%1: anmodningen om utsatt iverksetting er registrert</translation>
    </message>
    <message>
        <source>%1: suspended implementation granted; the letter is sent</source>
        <translation>%1: utsatt iverksetting innvilget; brevet er sendt</translation>
    </message>
    <message>
        <source>%1: suspended implementation refused; the letter is sent</source>
        <translation>%1: utsatt iverksetting avslått; brevet er sendt</translation>
    </message>
    <message>
        <source>%1: the suspension has ended; deliveries are followed up again</source>
        <translation>%1: utsettelsen er over; utleveringene følges opp igjen</translation>
    </message>
    <message>
        <source>Send advance notice</source>
        <translation>Send forhåndsvarsel</translation>
    </message>
    <message>
        <source>Propose decision</source>
        <translation>Foreslå vedtak</translation>
    </message>
    <message>
        <source>Approve and send</source>
        <translation>Godkjenn og send</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Innvilg</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Avslå</translation>
    </message>
    <message>
        <source>Requested on:</source>
        <translation>Mottatt:</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>Fra:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Begrunnelse:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Grounds:</source>
        <translation>Grunnlag:</translation>
    </message>
    <message>
        <source>Registries:</source>
        <translation>Registre:</translation>
    </message>
    <message>
        <source>Deadline to comment:</source>
        <translation>Frist for merknader:</translation>
    </message>
    <message>
        <source>Comment received on:</source>
        <translation>Merknader mottatt:</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Vedtak:</translation>
    </message>
</context>
<context>
    <name>fv::Server</name>
    <message>
        <source>this computer lacks Qt&apos;s PostgreSQL driver (the package libqt6sql6-psql)</source>
        <translation>denne maskinen mangler PostgreSQL-driveren til Qt (pakken libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>cannot connect to the server: %1</source>
        <translation>får ikke kontakt med serveren: %1</translation>
    </message>
    <message>
        <source>FELLESVEDTAK_TODAY is set, but on the team server the date and time are always the server&apos;s; unset the variable</source>
        <translation>FELLESVEDTAK_TODAY er satt, men på fellesserveren er dato og klokkeslett alltid serverens; fjern variabelen</translation>
    </message>
    <message>
        <source>a fixed date cannot be used on the team server</source>
        <translation>en fast dato kan ikke brukes på fellesserveren</translation>
    </message>
    <message>
        <source>the server&apos;s clock gave no time (%1)</source>
        <translation>serverens klokke ga ikke noe tidspunkt (%1)</translation>
    </message>
    <message>
        <source>the server database has no Fellesvedtak schema yet; IT creates it with init (docs/TEAM.md)</source>
        <translation>databasen på serveren har ikke noe Fellesvedtak-skjema ennå; IT oppretter det med init (docs/TEAM.md)</translation>
    </message>
    <message>
        <source>%1 is not an active user of Fellesvedtak.</source>
        <translation>%1 er ikke en aktiv bruker av Fellesvedtak.</translation>
    </message>
    <message>
        <source>the program carries no server schema (resources/postgres/schema.sql)</source>
        <translation>programmet har ikke med seg skjemaet for serveren (resources/postgres/schema.sql)</translation>
    </message>
    <message>
        <source>the program&apos;s server schema lacks the part %1</source>
        <translation>skjemaet for serveren i programmet mangler delen %1</translation>
    </message>
    <message>
        <source>this is not a valid server address (%1)</source>
        <translation>dette er ikke en gyldig serveradresse (%1)</translation>
    </message>
    <message>
        <source>a password in the server address is refused: it would show in the process list and in history files; use ~/.pgpass, a service file, Kerberos or a certificate (docs/TEAM.md)</source>
        <translation>et passord i serveradressen godtas ikke: det ville blitt synlig i prosesslisten og i historikkfiler; bruk ~/.pgpass, en tjenestefil, Kerberos eller et sertifikat (docs/TEAM.md)</translation>
    </message>
    <message>
        <source>the server address&apos;s parameter %1 contains “;”, which is not allowed</source>
        <translation>parameteren %1 i serveradressen inneholder «;», og det er ikke tillatt</translation>
    </message>
    <message>
        <source>the server&apos;s schema could not be created</source>
        <translation>skjemaet på serveren kunne ikke opprettes</translation>
    </message>
    <message>
        <source>the server&apos;s schema is at version %1, newer than this program (%2): install the newer Fellesvedtak</source>
        <translation>skjemaet på serveren har versjon %1, som er nyere enn dette programmet (%2): installer den nyere versjonen av Fellesvedtak</translation>
    </message>
    <message>
        <source>this program has no server schema step to version %1</source>
        <translation>dette programmet kan ikke oppgradere skjemaet på serveren til versjon %1</translation>
    </message>
    <message>
        <source>the server&apos;s schema is at version %1 and this program needs version %2: IT upgrades it by running the program once as the database&apos;s superuser</source>
        <translation>skjemaet på serveren har versjon %1, og dette programmet trenger versjon %2: IT oppgraderer det ved å kjøre programmet én gang som databasens superbruker</translation>
    </message>
    <message>
        <source>%1 has worked on this decision and cannot approve it. Someone else must approve it (the four-eyes principle).</source>
        <translation>%1 har arbeidet med dette vedtaket og kan ikke godkjenne det selv. En annen må godkjenne (firøyeprinsippet).</translation>
    </message>
    <message>
        <source>Someone changed this after you opened it. Open it again.</source>
        <translation>Noen har endret dette etter at du åpnet det. Åpne det på nytt.</translation>
    </message>
    <message>
        <source>You do not have the role this needs.</source>
        <translation>Du har ikke rollen som trengs for dette.</translation>
    </message>
    <message>
        <source>Nobody can change their own roles or their own user account. Another administrator must do it.</source>
        <translation>Ingen kan endre sine egne roller eller sin egen brukerkonto. En annen administrator må gjøre det.</translation>
    </message>
    <message>
        <source>The decision is approved and can no longer be changed.</source>
        <translation>Vedtaket er godkjent og kan ikke lenger endres.</translation>
    </message>
    <message>
        <source>Who wrote the draft of a decision version, and when, cannot be changed.</source>
        <translation>Hvem som skrev utkastet til en vedtaksversjon, og når, kan ikke endres.</translation>
    </message>
    <message>
        <source>A decision version cannot be deleted.</source>
        <translation>En vedtaksversjon kan ikke slettes.</translation>
    </message>
    <message>
        <source>Who worked on a decision cannot be changed or removed.</source>
        <translation>Hvem som har arbeidet med et vedtak, kan ikke endres eller fjernes.</translation>
    </message>
    <message>
        <source>The decision is no longer a draft and cannot be edited.</source>
        <translation>Vedtaket er ikke lenger et utkast og kan ikke redigeres.</translation>
    </message>
    <message>
        <source>The decision has not been submitted for approval.</source>
        <translation>Vedtaket er ikke sendt til godkjenning.</translation>
    </message>
    <message>
        <source>The decision is not approved yet.</source>
        <translation>Vedtaket er ikke godkjent ennå.</translation>
    </message>
    <message>
        <source>Write why the draft is returned.</source>
        <translation>Skriv hvorfor utkastet sendes tilbake.</translation>
    </message>
    <message>
        <source>This is not possible in the case&apos;s current status.</source>
        <translation>Dette er ikke mulig i sakens nåværende status.</translation>
    </message>
    <message>
        <source>There is no case with this number.</source>
        <translation>Det finnes ingen sak med dette nummeret.</translation>
    </message>
    <message>
        <source>The case has no decision draft.</source>
        <translation>Saken har ikke noe utkast til vedtak.</translation>
    </message>
    <message>
        <source>Someone else stored a document in the case meanwhile. Try again.</source>
        <translation>Noen andre har lagret et dokument i saken i mellomtiden. Prøv igjen.</translation>
    </message>
    <message>
        <source>A sent document cannot be changed or deleted.</source>
        <translation>Et sendt dokument kan ikke endres eller slettes.</translation>
    </message>
    <message>
        <source>The audit trail cannot be changed or deleted.</source>
        <translation>Hendelsesloggen kan ikke endres eller slettes.</translation>
    </message>
    <message>
        <source>The head of the audit trail is missing, so nothing can be recorded.</source>
        <translation>Toppen av hendelsesloggen mangler, så ingenting kan registreres.</translation>
    </message>
    <message>
        <source>Case numbers are given in sequence, and a case always keeps its number.</source>
        <translation>Saksnumre tildeles fortløpende, og en sak beholder alltid nummeret sitt.</translation>
    </message>
    <message>
        <source>A case cannot be deleted.</source>
        <translation>En sak kan ikke slettes.</translation>
    </message>
    <message>
        <source>The case numbers for %1 are used up.</source>
        <translation>Saksnumrene for %1 er brukt opp.</translation>
    </message>
    <message>
        <source>%1 has no login on the database server. IT must create it first.</source>
        <translation>%1 har ingen pålogging på databaseserveren. IT må opprette den først.</translation>
    </message>
    <message>
        <source>Give the user at least one role.</source>
        <translation>Gi brukeren minst én rolle.</translation>
    </message>
    <message>
        <source>The user does not exist.</source>
        <translation>Brukeren finnes ikke.</translation>
    </message>
    <message>
        <source>The role does not exist.</source>
        <translation>Rollen finnes ikke.</translation>
    </message>
    <message>
        <source>The user exists already.</source>
        <translation>Brukeren finnes allerede.</translation>
    </message>
    <message>
        <source>A user cannot be deleted. Deactivate the user instead.</source>
        <translation>En bruker kan ikke slettes. Deaktiver brukeren i stedet.</translation>
    </message>
    <message>
        <source>A user&apos;s login cannot be changed.</source>
        <translation>En brukers pålogging kan ikke endres.</translation>
    </message>
    <message>
        <source>the server&apos;s schema could not be upgraded to version %1 (%2): %3</source>
        <translation>serverens skjema kunne ikke oppgraderes til versjon %1 (%2): %3</translation>
    </message>
    <message>
        <source>A received document cannot be changed or deleted.</source>
        <translation>Et mottatt dokument kan ikke endres eller slettes.</translation>
    </message>
    <message>
        <source>%1 cannot be a caseworker&apos;s login: the name is a group role, reserved (pg_, fv_) or not a plain login name.</source>
        <translation>%1 kan ikke være en saksbehandlers innlogging: navnet er en grupperolle, reservert (pg_, fv_) eller ikke et vanlig innloggingsnavn.</translation>
    </message>
</context>
<context>
    <name>fv::ServerDialog</name>
    <message>
        <source>Connect to server</source>
        <translation>Koble til server</translation>
    </message>
    <message>
        <source>e.g. fellesvedtak.etat.local</source>
        <translation>f.eks. fellesvedtak.etat.local</translation>
    </message>
    <message>
        <source>You sign in as your own login on the server (Kerberos, or as IT set it up). Fellesvedtak never asks for or stores a password.</source>
        <translation>Du logger på serveren med din egen pålogging (Kerberos, eller slik IT har satt det opp). Fellesvedtak ber aldri om og lagrer aldri et passord.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Koble til</translation>
    </message>
</context>
<context>
    <name>fv::Session</name>
    <message>
        <source>the file exists already; demo data goes into a new database</source>
        <translation>filen finnes allerede; demodata legges i en ny database</translation>
    </message>
    <message>
        <source>the file exists already</source>
        <translation>filen finnes allerede</translation>
    </message>
</context>
<context>
    <name>fv::Settings</name>
    <message>
        <source>A setting&apos;s name has the form area.name, for example calendar.extraClosedMonthDays</source>
        <translation>Navnet på en innstilling har formen område.navn, for eksempel calendar.extraClosedMonthDays</translation>
    </message>
    <message>
        <source>the setting %1</source>
        <translation>innstillingen %1</translation>
    </message>
    <message>
        <source>Your change was not saved: someone else changed %1 after you began editing. Open it again and make your change again</source>
        <translation>Endringen din ble ikke lagret: noen andre endret %1 etter at du begynte å redigere. Åpne på nytt og gjør endringen din igjen</translation>
    </message>
    <message>
        <source>Your change was not saved: %2 changed %1 at %3, after you began editing. Open it again and make your change again</source>
        <translation>Endringen din ble ikke lagret: %2 endret %1 %3, etter at du begynte å redigere. Åpne på nytt og gjør endringen din igjen</translation>
    </message>
</context>
<context>
    <name>fv::StatisticsView</name>
    <message>
        <source>&amp;Update</source>
        <translation>&amp;Oppdater</translation>
    </message>
    <message>
        <source>&amp;Export tables as CSV…</source>
        <translation>&amp;Eksporter tabeller som CSV …</translation>
    </message>
    <message>
        <source>Received or decided from</source>
        <translation>Mottatt eller vedtatt fra</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagrammer</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Per måned</translation>
    </message>
    <message>
        <source>Processing time</source>
        <translation>Behandlingstid</translation>
    </message>
    <message>
        <source>Per registry</source>
        <translation>Per register</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Received and decided per month</source>
        <translation>Mottatt og vedtatt per måned</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Mottatt</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Vedtatt</translation>
    </message>
    <message>
        <source>applications</source>
        <translation>søknader</translation>
    </message>
    <message>
        <source>Processing time per registry (working days)</source>
        <translation>Behandlingstid per register (arbeidsdager)</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90-persentil</translation>
    </message>
    <message>
        <source>Most requested registries (applications)</source>
        <translation>Mest etterspurte registre (søknader)</translation>
    </message>
    <message>
        <source>Applications asking for the registry</source>
        <translation>Søknader som omfatter registeret</translation>
    </message>
    <message>
        <source>Outcome of the decisions</source>
        <translation>Utfall av vedtakene</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Innvilget</translation>
    </message>
    <message>
        <source>Partly granted</source>
        <translation>Delvis innvilget</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Avslått</translation>
    </message>
    <message>
        <source>there are no statistics to export yet</source>
        <translation>det finnes ingen statistikk å eksportere ennå</translation>
    </message>
    <message>
        <source>Export tables as CSV</source>
        <translation>Eksporter tabeller som CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Måned</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Vedtak</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Saker</translation>
    </message>
    <message>
        <source>Median (working days)</source>
        <translation>Median (arbeidsdager)</translation>
    </message>
    <message>
        <source>90th percentile (working days)</source>
        <translation>90-persentil (arbeidsdager)</translation>
    </message>
    <message>
        <source>Within the deadline</source>
        <translation>Innen fristen</translation>
    </message>
    <message>
        <source>Share within the deadline</source>
        <translation>Andel innen fristen</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Omsøkt</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Videresendt</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistikk</translation>
    </message>
    <message>
        <source>Applications received</source>
        <translation>Mottatte søknader</translation>
    </message>
    <message>
        <source>Decisions made</source>
        <translation>Fattede vedtak</translation>
    </message>
    <message>
        <source>Being worked on now</source>
        <translation>Under behandling nå</translation>
    </message>
    <message>
        <source>Processing time, median (working days)</source>
        <translation>Saksbehandlingstid, median (arbeidsdager)</translation>
    </message>
    <message>
        <source>Processing time, 90th percentile (working days)</source>
        <translation>Saksbehandlingstid, 90-persentil (arbeidsdager)</translation>
    </message>
    <message>
        <source>Share of the decisions made within the statutory deadline</source>
        <translation>Andel av vedtakene som ble fattet innen lovfestet frist</translation>
    </message>
    <message>
        <source>Open cases already past the statutory deadline</source>
        <translation>Åpne saker som allerede er over lovfestet frist</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Levert</translation>
    </message>
    <message>
        <source>Median (days from decision letter)</source>
        <translation>Median (dager fra vedtaksbrev)</translation>
    </message>
    <message>
        <source>90th percentile (days)</source>
        <translation>90. persentil (dager)</translation>
    </message>
    <message>
        <source>Waiting for delivery</source>
        <translation>Venter på levering</translation>
    </message>
    <message>
        <source>Received or decided &amp;from</source>
        <translation>Mottatt eller vedtatt &amp;fra</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;til</translation>
    </message>
    <message>
        <source>Received or decided until</source>
        <translation>Mottatt eller vedtatt til og med</translation>
    </message>
    <message>
        <source>Time to delivery</source>
        <translation>Tid til levering</translation>
    </message>
</context>
<context>
    <name>fv::Storage</name>
    <message>
        <source>say where the backup goes</source>
        <translation>oppgi hvor sikkerhetskopien skal lagres</translation>
    </message>
    <message>
        <source>a backup cannot overwrite the database itself; choose another file</source>
        <translation>en sikkerhetskopi kan ikke skrive over selve databasen; velg en annen fil</translation>
    </message>
    <message>
        <source>this is a folder; give the backup a file name</source>
        <translation>dette er en mappe; gi sikkerhetskopien et filnavn</translation>
    </message>
    <message>
        <source>the file exists and is not a database backup; choose another name</source>
        <translation>filen finnes fra før og er ikke en sikkerhetskopi av databasen; velg et annet navn</translation>
    </message>
    <message>
        <source>this is not a Fellesvedtak database</source>
        <translation>dette er ikke en Fellesvedtak-database</translation>
    </message>
    <message>
        <source>the copy failed its integrity check (%1); the database may be damaged: check the database</source>
        <translation>kopien besto ikke integritetskontrollen (%1); databasen kan være skadet: kontroller databasen</translation>
    </message>
    <message>
        <source>cannot put the file in place: %1</source>
        <translation>kan ikke legge filen på plass: %1</translation>
    </message>
    <message>
        <source>the database connection gives no access to SQLite&apos;s backup</source>
        <translation>databaseforbindelsen gir ikke tilgang til SQLites sikkerhetskopiering</translation>
    </message>
    <message>
        <source>… and %1 more like the above</source>
        <translation>… og %1 til av samme slag</translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <translation>integritet: %1</translation>
    </message>
    <message>
        <source>foreign key: row %1 of the table %2 refers to a missing row of %3</source>
        <translation>fremmednøkkel: rad %1 i tabellen %2 viser til en rad som mangler i %3</translation>
    </message>
    <message>
        <source>case %1: %2</source>
        <translation>sak %1: %2</translation>
    </message>
    <message>
        <source>case numbers of %1: %2 were given out, but there are %3 cases</source>
        <translation>saksnumre for %1: %2 er delt ut, men det finnes %3 saker</translation>
    </message>
    <message>
        <source>audit trail: %1</source>
        <translation>hendelsesloggen: %1</translation>
    </message>
    <message>
        <source>cannot read the database file: %1</source>
        <translation>kan ikke lese databasefilen: %1</translation>
    </message>
    <message>
        <source>this is not a Fellesvedtak database (not an SQLite file, or it is corrupt)</source>
        <translation>dette er ikke en Fellesvedtak-database (ikke en SQLite-fil, eller den er skadet)</translation>
    </message>
    <message>
        <source>the database is in use by another program; try again in a moment</source>
        <translation>databasen er i bruk av et annet program; prøv igjen om litt</translation>
    </message>
    <message>
        <source>the disk is full (or the database reached its size limit); nothing was saved</source>
        <translation>disken er full (eller databasen har nådd sin største størrelse); ingenting ble lagret</translation>
    </message>
    <message>
        <source>the database file is corrupt (%1); restore it from a backup</source>
        <translation>databasefilen er skadet (%1); gjenopprett den fra en sikkerhetskopi</translation>
    </message>
    <message>
        <source>the database is open read-only; nothing can be changed</source>
        <translation>databasen er åpnet skrivebeskyttet; ingenting kan endres</translation>
    </message>
    <message>
        <source>there is no home folder (HOME is not set), so there is no default case database; name the database file</source>
        <translation>det finnes ingen hjemmemappe (HOME er ikke satt), og dermed ingen standard saksdatabase; oppgi databasefilen</translation>
    </message>
    <message>
        <source>the system names no folder for application data; name the database file</source>
        <translation>systemet oppgir ingen mappe for programdata; oppgi databasefilen</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>kan ikke opprette mappen %1</translation>
    </message>
    <message>
        <source>cannot create the database file: %1</source>
        <translation>kan ikke opprette databasefilen: %1</translation>
    </message>
    <message>
        <source>cannot open the database</source>
        <translation>kan ikke åpne databasen</translation>
    </message>
    <message>
        <source>the database has an impossible schema version (%1): it is damaged or was not made by Fellesvedtak; restore it from a backup</source>
        <translation>databasen har en umulig skjemaversjon (%1): den er skadet eller ikke laget av Fellesvedtak; gjenopprett den fra en sikkerhetskopi</translation>
    </message>
    <message>
        <source>this SQLite file is not a Fellesvedtak database</source>
        <translation>denne SQLite-filen er ikke en Fellesvedtak-database</translation>
    </message>
    <message>
        <source>the read-only database has an older schema and cannot be upgraded</source>
        <translation>den skrivebeskyttede databasen har et eldre skjema og kan ikke oppgraderes</translation>
    </message>
    <message>
        <source>FELLESVEDTAK_TODAY is set, but %1 is a real case database: a fixed date is allowed only in a demo or test database; unset the variable</source>
        <translation>FELLESVEDTAK_TODAY er satt, men %1 er en ekte saksdatabase: fast dato er bare tillatt i en demo- eller testdatabase; fjern variabelen</translation>
    </message>
    <message>
        <source>there is no case database at %1</source>
        <translation>det finnes ingen saksdatabase i %1</translation>
    </message>
    <message>
        <source>this is a folder, not a case database</source>
        <translation>dette er en mappe, ikke en saksdatabase</translation>
    </message>
    <message>
        <source>the file is empty: it is not a case database</source>
        <translation>filen er tom: den er ikke en saksdatabase</translation>
    </message>
    <message>
        <source>there is a file here already; a new case database needs a new file name</source>
        <translation>det finnes allerede en fil her; en ny saksdatabase trenger et nytt filnavn</translation>
    </message>
    <message>
        <source>FELLESVEDTAK_TODAY is set: a fixed date is allowed only in a demo or test database; unset the variable to create a real case database</source>
        <translation>FELLESVEDTAK_TODAY er satt: fast dato er bare tillatt i en demo- eller testdatabase; fjern variabelen for å opprette en ekte saksdatabase</translation>
    </message>
    <message>
        <source>the database was written by a newer version of Fellesvedtak (schema %1; this program knows up to %2); update the program</source>
        <translation>databasen er skrevet av en nyere versjon av Fellesvedtak (skjema %1; dette programmet kjenner til og med %2); oppdater programmet</translation>
    </message>
    <message>
        <source>the database was not upgraded, because the backup before the upgrade failed: %1</source>
        <translation>databasen ble ikke oppgradert, fordi sikkerhetskopien før oppgraderingen mislyktes: %1</translation>
    </message>
    <message>
        <source>upgrading the schema to version %1 failed: %2</source>
        <translation>oppgraderingen av skjemaet til versjon %1 mislyktes: %2</translation>
    </message>
    <message>
        <source>the backup cannot be used: %1; nothing was changed</source>
        <translation>sikkerhetskopien kan ikke brukes: %1; ingenting ble endret</translation>
    </message>
    <message>
        <source>the backup is damaged (%1); nothing was changed</source>
        <translation>sikkerhetskopien er skadet (%1); ingenting ble endret</translation>
    </message>
    <message>
        <source>the database is open in another Fellesvedtak window or command (on this or another computer); close it there and restore again</source>
        <translation>databasen er åpen i et annet Fellesvedtak-vindu eller en annen kommando (på denne eller en annen datamaskin); lukk den der og gjenopprett på nytt</translation>
    </message>
    <message>
        <source>cannot keep a copy of the database being replaced (disk full?); nothing was changed</source>
        <translation>kan ikke ta vare på en kopi av databasen som erstattes (full disk?); ingenting ble endret</translation>
    </message>
    <message>
        <source>the backup file does not exist</source>
        <translation>sikkerhetskopifilen finnes ikke</translation>
    </message>
    <message>
        <source>the backup is the database itself</source>
        <translation>sikkerhetskopien er selve databasen</translation>
    </message>
    <message>
        <source>this is not a Fellesvedtak backup (not an SQLite file, or it is corrupt)</source>
        <translation>dette er ikke en sikkerhetskopi fra Fellesvedtak (ikke en SQLite-fil, eller den er skadet)</translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation>kan ikke skrive filen: %1</translation>
    </message>
    <message>
        <source>writing failed (disk full?): %1; nothing was written</source>
        <translation>skrivingen mislyktes (full disk?): %1; ingenting ble skrevet</translation>
    </message>
    <message>
        <source>cannot start the copy</source>
        <translation>kan ikke starte kopieringen</translation>
    </message>
    <message>
        <source>copying the database failed</source>
        <translation>kopieringen av databasen mislyktes</translation>
    </message>
    <message>
        <source>cannot write in the folder: %1</source>
        <translation>kan ikke skrive i mappen: %1</translation>
    </message>
    <message>
        <source>the database connection is not open</source>
        <translation>databaseforbindelsen er ikke åpen</translation>
    </message>
    <message>
        <source>preparing a statement</source>
        <translation>forberedelse av en spørring</translation>
    </message>
    <message>
        <source>no open transaction</source>
        <translation>ingen åpen transaksjon</translation>
    </message>
    <message>
        <source>the condition library resource is missing</source>
        <translation>ressursfilen med standardvilkårene mangler i programmet</translation>
    </message>
    <message>
        <source>the database gave no id for the new row</source>
        <translation>databasen ga ingen id for den nye raden</translation>
    </message>
    <message>
        <source>case %1: the received file %2 does not match its SHA-256</source>
        <translation>sak %1: den mottatte filen %2 stemmer ikke med SHA-256-summen sin</translation>
    </message>
    <message>
        <source>a bulk copy into %1 needs one type for each of its columns</source>
        <translation>en massekopiering til %1 trenger én type for hver kolonne</translation>
    </message>
    <message>
        <source>bulk copy needs the team server&apos;s PostgreSQL connection (libpq)</source>
        <translation>massekopiering krever teamserverens PostgreSQL-tilkobling (libpq)</translation>
    </message>
    <message>
        <source>more values than the %1 columns of %2</source>
        <translation>flere verdier enn de %1 kolonnene i %2</translation>
    </message>
    <message>
        <source>column %1 of %2 is %3; a value of type %4 does not go there</source>
        <translation>kolonnen %1 i %2 er %3; en verdi av typen %4 passer ikke der</translation>
    </message>
    <message>
        <source>%1 is too large for column %2 of %3 (integer)</source>
        <translation>%1 er for stort for kolonnen %2 i %3 (heltall)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no value for column %2 of %3 (%4)</source>
        <translation>«%1» er ingen gyldig verdi for kolonnen %2 i %3 (%4)</translation>
    </message>
    <message>
        <source>a row of %1 with %2 of its %3 values</source>
        <translation>en rad i %1 med %2 av sine %3 verdier</translation>
    </message>
    <message>
        <source>the last row of %1 has %2 of its %3 values</source>
        <translation>den siste raden i %1 har %2 av sine %3 verdier</translation>
    </message>
    <message>
        <source>the bulk copy into %1 on the server failed: %2</source>
        <translation>massekopieringen til %1 på serveren mislyktes: %2</translation>
    </message>
</context>
<context>
    <name>fv::Timeline</name>
    <message>
        <source>reminder sent %1</source>
        <translation>purring sendt %1</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>sendt %1</translation>
    </message>
    <message>
        <source>%1 working days from %2</source>
        <translation>%1 arbeidsdager fra %2</translation>
    </message>
</context>
<context>
    <name>fv::TimelineView</name>
    <message>
        <source>met</source>
        <translation>overholdt</translation>
    </message>
    <message>
        <source>coming</source>
        <translation>kommende</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>OVER FRISTEN</translation>
    </message>
    <message>
        <source>met late</source>
        <translation>for sent</translation>
    </message>
    <message>
        <source>now</source>
        <translation>nå</translation>
    </message>
    <message numerus="yes">
        <source>Clock paused: %n working day(s)</source>
        <translation>
            <numerusform>Fristen satt på pause: %n arbeidsdag</numerusform>
            <numerusform>Fristen satt på pause: %n arbeidsdager</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
</context>
<context>
    <name>fv::Users</name>
    <message>
        <source>Adviser</source>
        <translation>Rådgiver</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>Jurist</translation>
    </message>
    <message>
        <source>Decision-maker</source>
        <translation>Beslutningstaker</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>The full name is longer than %1 characters.</source>
        <translation>Det fulle navnet er lengre enn %1 tegn.</translation>
    </message>
    <message>
        <source>The full name must be one line of text.</source>
        <translation>Det fulle navnet må stå på én linje.</translation>
    </message>
    <message>
        <source>The full name cannot be empty.</source>
        <translation>Det fulle navnet kan ikke være tomt.</translation>
    </message>
    <message>
        <source>The title is longer than %1 characters.</source>
        <translation>Tittelen er lengre enn %1 tegn.</translation>
    </message>
    <message>
        <source>The title must be one line of text.</source>
        <translation>Tittelen må stå på én linje.</translation>
    </message>
    <message>
        <source>Someone else changed the user %1 after you opened it; nothing was saved. Reload the user and make your change again.</source>
        <translation>Noen andre endret brukeren %1 etter at du åpnet den; ingenting ble lagret. Last inn brukeren på nytt og gjør endringen din igjen.</translation>
    </message>
    <message>
        <source>%1 (%2) changed the user %3 at %4 after you opened it; nothing was saved. Reload the user and make your change again.</source>
        <translation>%1 (%2) endret brukeren %3 %4 etter at du åpnet den; ingenting ble lagret. Last inn brukeren på nytt og gjør endringen din igjen.</translation>
    </message>
    <message>
        <source>%1 is the last active administrator; make another user an administrator first.</source>
        <translation>%1 er den siste aktive administratoren; gjør en annen bruker til administrator først.</translation>
    </message>
    <message>
        <source>%1 is not a user of this database.</source>
        <translation>%1 er ikke bruker av denne databasen.</translation>
    </message>
    <message>
        <source>Nobody deactivates their own account; ask another administrator.</source>
        <translation>Ingen kan deaktivere sin egen konto; be en annen administrator om det.</translation>
    </message>
    <message>
        <source>The role %1 cannot be both added and removed.</source>
        <translation>Rollen %1 kan ikke både legges til og fjernes.</translation>
    </message>
    <message>
        <source>%1 would have no role left; a user keeps at least one role (deactivate the account instead).</source>
        <translation>%1 ville stått uten rolle; en bruker må ha minst én rolle (deaktiver heller kontoen).</translation>
    </message>
    <message>
        <source>Nobody changes their own roles; ask another administrator.</source>
        <translation>Ingen kan endre sine egne roller; be en annen administrator om det.</translation>
    </message>
    <message>
        <source>There is no user with id %1.</source>
        <translation>Det finnes ingen bruker med id %1.</translation>
    </message>
    <message>
        <source>%1 is not a user of this database; an administrator can add the account</source>
        <translation>%1 er ikke bruker av denne databasen; en administrator kan legge til kontoen</translation>
    </message>
    <message>
        <source>%1 is deactivated; an administrator can reactivate the account</source>
        <translation>%1 er deaktivert; en administrator kan aktivere kontoen igjen</translation>
    </message>
    <message>
        <source>A login has 1–64 letters a–z, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;: &quot;%1&quot;</source>
        <translation>Et brukernavn har 1–64 tegn: bokstavene a–z, sifre, &apos;.&apos;, &apos;_&apos; eller &apos;-&apos;: «%1»</translation>
    </message>
    <message>
        <source>Give the user at least one role.</source>
        <translation>Gi brukeren minst én rolle.</translation>
    </message>
    <message>
        <source>The user %1 exists already.</source>
        <translation>Brukeren %1 finnes allerede.</translation>
    </message>
    <message>
        <source>%1 may not %2: that needs the role %3</source>
        <translation>%1 kan ikke %2: det krever rollen %3</translation>
    </message>
    <message>
        <source>The user %1 was not stored.</source>
        <translation>Brukeren %1 ble ikke lagret.</translation>
    </message>
</context>
<context>
    <name>fv::UsersDialog</name>
    <message>
        <source>&amp;New user</source>
        <translation>&amp;Ny bruker</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Brukere</translation>
    </message>
    <message>
        <source>Selected user</source>
        <translation>Valgt bruker</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Brukernavn</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Fullt navn</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Under the name in letters; empty: the letter&apos;s usual title</source>
        <translation>Står under navnet i brev; tomt: brevets vanlige tittel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;Brukernavn</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>&amp;Fullt navn</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Tittel</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deaktivert</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktiver</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>&amp;Aktiver igjen</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>&amp;Legg til bruker</translation>
    </message>
    <message>
        <source>&amp;Save name and title</source>
        <translation>&amp;Lagre navn og tittel</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Ny bruker</translation>
    </message>
    <message>
        <source>The name and title of %1 are saved.</source>
        <translation>Navn og tittel for %1 er lagret.</translation>
    </message>
    <message>
        <source>%1 now has the role %2.</source>
        <translation>%1 har nå rollen %2.</translation>
    </message>
    <message>
        <source>%1 no longer has the role %2.</source>
        <translation>%1 har ikke lenger rollen %2.</translation>
    </message>
    <message>
        <source>%1 is active again.</source>
        <translation>%1 er aktiv igjen.</translation>
    </message>
    <message>
        <source>%1 is deactivated.</source>
        <translation>%1 er deaktivert.</translation>
    </message>
    <message>
        <source>%1 is added.</source>
        <translation>%1 er lagt til.</translation>
    </message>
</context>
<context>
    <name>fv::UsersModel</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deaktivert</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Brukernavn</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Fullt navn</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>fv::WelcomePage</name>
    <message>
        <source>Welcome to Fellesvedtak</source>
        <translation>Velkommen til Fellesvedtak</translation>
    </message>
    <message>
        <source>There are no cases in this database yet. Start with an application:</source>
        <translation>Det er ingen saker i denne databasen ennå. Begynn med en søknad:</translation>
    </message>
    <message>
        <source>Import applications…</source>
        <translation>Importer søknader …</translation>
    </message>
    <message>
        <source>Read one or more application files (application-v1 JSON) sent by applicants.</source>
        <translation>Les inn én eller flere søknadsfiler (application-v1 JSON) som søkerne har sendt.</translation>
    </message>
    <message>
        <source>Register an application by hand…</source>
        <translation>Registrer en søknad manuelt …</translation>
    </message>
    <message>
        <source>Type in an application that came on paper or by e-mail.</source>
        <translation>Skriv inn en søknad som kom på papir eller e-post.</translation>
    </message>
    <message>
        <source>New demo database…</source>
        <translation>Ny demodatabase …</translation>
    </message>
    <message>
        <source>Try Fellesvedtak on example cases in a separate demo database. The example cases never mix with the real cases in this one.</source>
        <translation>Prøv Fellesvedtak på eksempelsaker i en egen demodatabase. Eksempelsakene blandes aldri med de ekte sakene i denne.</translation>
    </message>
    <message>
        <source>Open another database…</source>
        <translation>Åpne en annen database …</translation>
    </message>
    <message>
        <source>Work in a case database that already exists, for example the team&apos;s shared one.</source>
        <translation>Arbeid i en saksdatabase som finnes fra før, for eksempel den felles databasen til teamet.</translation>
    </message>
    <message>
        <source>The case database %1 is open.</source>
        <translation>Saksdatabasen %1 er åpen.</translation>
    </message>
</context>
<context>
    <name>fv::WorkQueueModel</name>
    <message>
        <source>Paused</source>
        <translation>På pause</translation>
    </message>
    <message>
        <source>Overdue by 1 working day</source>
        <translation>1 arbeidsdag over fristen</translation>
    </message>
    <message>
        <source>Overdue by %1 working days</source>
        <translation>%1 arbeidsdager over fristen</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Frist i dag</translation>
    </message>
    <message>
        <source>Due in 1 working day</source>
        <translation>Frist om 1 arbeidsdag</translation>
    </message>
    <message>
        <source>Due in %1 working days</source>
        <translation>Frist om %1 arbeidsdager</translation>
    </message>
    <message>
        <source>Completeness check</source>
        <translation>Kontroll av komplett søknad</translation>
    </message>
    <message>
        <source>Decision (statutory deadline)</source>
        <translation>Vedtak (lovfestet frist)</translation>
    </message>
    <message>
        <source>Preliminary reply</source>
        <translation>Foreløpig svar</translation>
    </message>
    <message>
        <source>Applicant&apos;s answer</source>
        <translation>Svar fra søker</translation>
    </message>
    <message>
        <source>Answer after reminder</source>
        <translation>Svar etter purring</translation>
    </message>
    <message>
        <source>Registry manager&apos;s view (%1)</source>
        <translation>Uttalelse fra registerforvalter (%1)</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Endring: %1</translation>
    </message>
    <message>
        <source>— unassigned —</source>
        <translation>— ikke fordelt —</translation>
    </message>
    <message>
        <source>Forvaltningsloven § 11 a: the applicant is told why the case takes longer than a month</source>
        <translation>Forvaltningsloven § 11 a: søkeren får vite hvorfor saken tar mer enn en måned</translation>
    </message>
    <message>
        <source>Helseregisterloven § 19 f: 30 working days, 60 where sources are linked</source>
        <translation>Helseregisterloven § 19 f: 30 arbeidsdager, 60 når kilder sammenstilles</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>Saksnr.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Prosjekt</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Saksbehandler</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Mottatt</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Tid til frist</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>Hva fristen gjelder</translation>
    </message>
    <message>
        <source>Data not delivered (%1)</source>
        <translation>Data ikke levert (%1)</translation>
    </message>
    <message>
        <source>End report from the applicant</source>
        <translation>Sluttrapport fra søkeren</translation>
    </message>
    <message>
        <source>Confirmation of deletion or anonymisation</source>
        <translation>Bekreftelse på sletting eller anonymisering</translation>
    </message>
    <message>
        <source>Appeal to prepare (§ 33)</source>
        <translation>Klage til forberedelse (§ 33)</translation>
    </message>
    <message>
        <source>Send the letter and registry notices of the appeal body&apos;s decision</source>
        <translation>Send brevet og meldingene til registerforvalterne om klageinstansens vedtak</translation>
    </message>
    <message>
        <source>Record the appeal body&apos;s decision as a new version</source>
        <translation>Registrer klageinstansens vedtak som ny versjon</translation>
    </message>
</context>
<context>
    <name>fv::WorkQueueView</name>
    <message>
        <source>My cases</source>
        <translation>Mine saker</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Ikke fordelt</translation>
    </message>
    <message>
        <source>Awaiting my approval</source>
        <translation>Til min godkjenning</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Over fristen</translation>
    </message>
    <message>
        <source>Due within 5 working days</source>
        <translation>Frist innen 5 arbeidsdager</translation>
    </message>
    <message>
        <source>Waiting for the applicant</source>
        <translation>Venter på søker</translation>
    </message>
    <message>
        <source>Waiting for a registry manager</source>
        <translation>Venter på registerforvalter</translation>
    </message>
    <message>
        <source>%1 – 1 case</source>
        <translation>%1 – 1 sak</translation>
    </message>
    <message>
        <source>%1 – %2 cases</source>
        <translation>%1 – %2 saker</translation>
    </message>
    <message>
        <source>Data not delivered</source>
        <translation>Data ikke levert</translation>
    </message>
    <message>
        <source>Project ended without end report</source>
        <translation>Prosjekt avsluttet uten sluttrapport</translation>
    </message>
    <message>
        <source>Deletion not confirmed</source>
        <translation>Sletting ikke bekreftet</translation>
    </message>
    <message>
        <source>Views of the work queue</source>
        <translation>Visninger i arbeidslisten</translation>
    </message>
    <message>
        <source>Cases in the view</source>
        <translation>Saker i visningen</translation>
    </message>
    <message>
        <source>Enter or double-click opens the case · Alt+1…9, Alt+0 switch view · click a column to sort</source>
        <translation>Enter eller dobbeltklikk åpner saken · Alt+1…9, Alt+0 bytter visning · klikk på en kolonne for å sortere</translation>
    </message>
    <message>
        <source>Appeals to prepare</source>
        <translation>Klager til forberedelse</translation>
    </message>
</context>
</TS>
