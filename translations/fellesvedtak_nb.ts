<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/LetterOutput.cpp" line="17"/>
        <source>Print preview – %1</source>
        <translation>Forhåndsvisning – %1</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="42"/>
        <location filename="../app/gui/main.cpp" line="49"/>
        <source>Fellesvedtak</source>
        <translation>Fellesvedtak</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="43"/>
        <source>The case database could not be opened.

%1</source>
        <translation>Saksdatabasen kunne ikke åpnes.

%1</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="50"/>
        <source>There is no case %1 in this database.</source>
        <translation>Det finnes ingen sak %1 i denne databasen.</translation>
    </message>
</context>
<context>
    <name>fv::ApplicationChoices</name>
    <message>
        <location filename="../ui/ApplicationChoices.cpp" line="8"/>
        <source>Medical and health research</source>
        <translation>Medisinsk og helsefaglig forskning</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationChoices.cpp" line="9"/>
        <source>Other research</source>
        <translation>Annen forskning</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationChoices.cpp" line="10"/>
        <source>Statistics</source>
        <translation>Statistikk</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationChoices.cpp" line="11"/>
        <source>Health analysis</source>
        <translation>Helseanalyse</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationChoices.cpp" line="12"/>
        <source>Quality improvement</source>
        <translation>Kvalitetsforbedring</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationChoices.cpp" line="13"/>
        <source>Planning</source>
        <translation>Planlegging</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationChoices.cpp" line="14"/>
        <source>Management</source>
        <translation>Styring</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationChoices.cpp" line="15"/>
        <source>Preparedness</source>
        <translation>Beredskap</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationChoices.cpp" line="16"/>
        <source>Clinical decision support</source>
        <translation>Klinisk beslutningsstøtte</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationChoices.cpp" line="24"/>
        <source>a – consent</source>
        <translation>a – samtykke</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationChoices.cpp" line="25"/>
        <source>b – contract</source>
        <translation>b – avtale</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationChoices.cpp" line="26"/>
        <source>c – legal obligation</source>
        <translation>c – rettslig forpliktelse</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationChoices.cpp" line="27"/>
        <source>d – vital interests</source>
        <translation>d – vitale interesser</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationChoices.cpp" line="28"/>
        <source>e – public interest or official authority</source>
        <translation>e – allmennhetens interesse eller offentlig myndighet</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationChoices.cpp" line="29"/>
        <source>f – legitimate interests</source>
        <translation>f – berettigede interesser</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationChoices.cpp" line="37"/>
        <source>a – explicit consent</source>
        <translation>a – uttrykkelig samtykke</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationChoices.cpp" line="38"/>
        <source>b – employment and social security</source>
        <translation>b – arbeidsrett og trygderett</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationChoices.cpp" line="39"/>
        <source>c – vital interests</source>
        <translation>c – vitale interesser</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationChoices.cpp" line="40"/>
        <source>d – non-profit bodies</source>
        <translation>d – ideelle organisasjoner</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationChoices.cpp" line="41"/>
        <source>e – made public by the data subject</source>
        <translation>e – offentliggjort av den registrerte</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationChoices.cpp" line="42"/>
        <source>f – legal claims</source>
        <translation>f – rettskrav</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationChoices.cpp" line="43"/>
        <source>g – substantial public interest</source>
        <translation>g – viktige allmenne interesser</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationChoices.cpp" line="44"/>
        <source>h – health care and preventive medicine</source>
        <translation>h – helse- og omsorgstjenester og forebyggende medisin</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationChoices.cpp" line="45"/>
        <source>i – public health</source>
        <translation>i – folkehelse</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationChoices.cpp" line="46"/>
        <source>j – archiving, research and statistics</source>
        <translation>j – arkiv, forskning og statistikk</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationChoices.cpp" line="53"/>
        <source>Done</source>
        <translation>Utført</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationChoices.cpp" line="54"/>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationChoices.cpp" line="55"/>
        <source>Not needed</source>
        <translation>Ikke nødvendig</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationChoices.cpp" line="62"/>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationChoices.cpp" line="63"/>
        <source>REK approval</source>
        <translation>REK-godkjenning</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationChoices.cpp" line="64"/>
        <source>DPIA</source>
        <translation>Personvernkonsekvensvurdering (DPIA)</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationChoices.cpp" line="65"/>
        <source>DPO assessment</source>
        <translation>Personvernombudets vurdering</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationChoices.cpp" line="66"/>
        <source>Information letter</source>
        <translation>Informasjonsskriv</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationChoices.cpp" line="67"/>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
</context>
<context>
    <name>fv::ApplicationForm</name>
    <message>
        <location filename="../ui/ApplicationForm.cpp" line="50"/>
        <source>Register application</source>
        <translation>Registrer søknad</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationForm.cpp" line="65"/>
        <source>Edit application – case %1</source>
        <translation>Endre søknad – sak %1</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationForm.cpp" line="72"/>
        <source>a decision has been drafted</source>
        <translation>det er laget et vedtaksutkast</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationForm.cpp" line="73"/>
        <source>the case is “%1”</source>
        <translation>saken har status «%1»</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationForm.cpp" line="75"/>
        <source>The application in case %1 can no longer be changed: %2. It is shown here for reading.</source>
        <translation>Søknaden i sak %1 kan ikke lenger endres: %2. Den vises her bare for lesing.</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationForm.cpp" line="102"/>
        <source>Application and project</source>
        <translation>Søknad og prosjekt</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationForm.cpp" line="102"/>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationForm.cpp" line="102"/>
        <location filename="../ui/ApplicationFormPages.cpp" line="307"/>
        <source>Legal basis</source>
        <translation>Rettslig grunnlag</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationForm.cpp" line="102"/>
        <source>Population and storage</source>
        <translation>Utvalg og lagring</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationForm.cpp" line="103"/>
        <location filename="../ui/ApplicationFormPages.cpp" line="434"/>
        <source>Data sources</source>
        <translation>Datakilder</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationForm.cpp" line="111"/>
        <source>&amp;Save changes</source>
        <translation>&amp;Lagre endringer</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationForm.cpp" line="111"/>
        <source>&amp;Register</source>
        <translation>&amp;Registrer</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationForm.cpp" line="113"/>
        <source>Checks every field and saves when the application is valid (Ctrl+S)</source>
        <translation>Kontrollerer alle feltene og lagrer når søknaden er gyldig (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationForm.cpp" line="114"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationForm.cpp" line="240"/>
        <source>Attachment</source>
        <translation>Vedlegg</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationForm.cpp" line="240"/>
        <source>All files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationForm.cpp" line="246"/>
        <source>Cannot read %1: %2</source>
        <translation>Kan ikke lese %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationForm.cpp" line="282"/>
        <source>Discard changes?</source>
        <translation>Forkaste endringene?</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationForm.cpp" line="283"/>
        <source>The application has changes that are not saved. Close the form and discard them?</source>
        <translation>Søknaden har endringer som ikke er lagret. Vil du lukke skjemaet og forkaste dem?</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="119"/>
        <location filename="../ui/ApplicationFormPages.cpp" line="134"/>
        <location filename="../ui/ApplicationFormPages.cpp" line="185"/>
        <location filename="../ui/ApplicationFormPages.cpp" line="187"/>
        <location filename="../ui/ApplicationFormPages.cpp" line="241"/>
        <location filename="../ui/ApplicationFormPages.cpp" line="243"/>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="144"/>
        <source>Application</source>
        <translation>Søknad</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="148"/>
        <source>e.g. HD-2026-000417</source>
        <translation>f.eks. HD-2026-000417</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="149"/>
        <source>Applicant&apos;s reference</source>
        <translation>Søkers referanse</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="151"/>
        <source>New application</source>
        <translation>Ny søknad</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="152"/>
        <source>Change application</source>
        <translation>Endringssøknad</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="153"/>
        <source>Kind:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="155"/>
        <source>our case number, e.g. 26/00012</source>
        <translation>vårt saksnummer, f.eks. 26/00012</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="156"/>
        <source>Change of case</source>
        <translation>Endring av sak</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="157"/>
        <source>What the change is</source>
        <translation>Hva endringen gjelder</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="158"/>
        <source>What changes</source>
        <translation>Hva endres</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="160"/>
        <source>Received</source>
        <translation>Mottatt</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="162"/>
        <source>Norwegian bokmål</source>
        <translation>Bokmål</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="163"/>
        <source>Norwegian nynorsk</source>
        <translation>Nynorsk</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="164"/>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="165"/>
        <source>Language of letters:</source>
        <translation>Målform i brev:</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="171"/>
        <source>Project</source>
        <translation>Prosjekt</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="175"/>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="177"/>
        <source>Summary</source>
        <translation>Sammendrag</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="178"/>
        <source>Choose the purpose…</source>
        <translation>Velg formål …</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="179"/>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="183"/>
        <source>Project period:</source>
        <translation>Prosjektperiode:</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="183"/>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="185"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="187"/>
        <source>End</source>
        <translation>Slutt</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="189"/>
        <source>Deletion date</source>
        <translation>Slettedato</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="191"/>
        <location filename="../ui/ApplicationFormPages.cpp" line="212"/>
        <location filename="../ui/ApplicationFormPages.cpp" line="389"/>
        <source>optional</source>
        <translation>valgfritt</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="192"/>
        <source>Funding:</source>
        <translation>Finansiering:</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="203"/>
        <source>Project leader</source>
        <translation>Prosjektleder</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="207"/>
        <location filename="../ui/ApplicationFormPages.cpp" line="257"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="209"/>
        <source>name@example.no</source>
        <translation>navn@eksempel.no</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="210"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="213"/>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="215"/>
        <source>optional, e.g. Professor</source>
        <translation>valgfritt, f.eks. professor</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="216"/>
        <source>Position:</source>
        <translation>Stilling:</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="222"/>
        <source>Data controller</source>
        <translation>Behandlingsansvarlig</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="226"/>
        <location filename="../ui/ApplicationFormPages.cpp" line="257"/>
        <source>Institution</source>
        <translation>Institusjon</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="228"/>
        <source>9 digits</source>
        <translation>9 sifre</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="231"/>
        <source>Org. no.</source>
        <translation>Org.nr.</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="233"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="239"/>
        <source>Postal code and city:</source>
        <translation>Postnummer og sted:</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="241"/>
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="243"/>
        <source>City</source>
        <translation>Sted</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="245"/>
        <source>optional, when not Norway</source>
        <translation>valgfritt, hvis ikke Norge</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="246"/>
        <source>Country:</source>
        <translation>Land:</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="252"/>
        <location filename="../ui/ApplicationFormPages.cpp" line="259"/>
        <source>Persons with access</source>
        <translation>Personer med tilgang</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="254"/>
        <source>Everyone who will work with the data, with their institution.</source>
        <translation>Alle som skal arbeide med opplysningene, med sin institusjon.</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="262"/>
        <source>Add person</source>
        <translation>Legg til person</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="263"/>
        <location filename="../ui/ApplicationFormPages.cpp" line="408"/>
        <source>Remove selected</source>
        <translation>Fjern valgte</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="290"/>
        <source>Identifiability</source>
        <translation>Identifiserbarhet</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="293"/>
        <source>Anonymous</source>
        <translation>Anonyme</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="294"/>
        <source>Indirectly identifiable</source>
        <translation>Indirekte identifiserbare</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="295"/>
        <source>Directly identifiable</source>
        <translation>Direkte identifiserbare</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="296"/>
        <location filename="../ui/ApplicationFormPages.cpp" line="317"/>
        <location filename="../ui/ApplicationFormPages.cpp" line="319"/>
        <source>Choose…</source>
        <translation>Velg …</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="298"/>
        <source>The data are</source>
        <translation>Opplysningene er</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="299"/>
        <source>Why the project needs directly identifying data</source>
        <translation>Hvorfor prosjektet trenger direkte identifiserende opplysninger</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="300"/>
        <source>Special reasons</source>
        <translation>Særlige grunner</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="310"/>
        <source>Not needed for anonymous data.</source>
        <translation>Ikke nødvendig for anonyme opplysninger.</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="313"/>
        <location filename="../ui/ApplicationFormPages.cpp" line="315"/>
        <source>Choose a letter…</source>
        <translation>Velg bokstav …</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="314"/>
        <source>GDPR art. 6(1)</source>
        <translation>Personvernforordningen art. 6 nr. 1</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="316"/>
        <source>GDPR art. 9(2)</source>
        <translation>Personvernforordningen art. 9 nr. 2</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="318"/>
        <source>DPIA</source>
        <translation>Personvernkonsekvensvurdering (DPIA)</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="319"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="319"/>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="320"/>
        <source>DPO consulted</source>
        <translation>Personvernombud rådspurt</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="321"/>
        <source>The data controller has approved the project</source>
        <translation>Den behandlingsansvarlige har godkjent prosjektet</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="328"/>
        <source>REK</source>
        <translation>REK</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="330"/>
        <source>REK approval</source>
        <translation>REK-godkjenning</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="331"/>
        <source>Required for medical and health research with identifiable data.</source>
        <translation>Påkrevd for medisinsk og helsefaglig forskning med identifiserbare opplysninger.</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="334"/>
        <source>The project has a REK approval</source>
        <translation>Prosjektet har REK-godkjenning</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="335"/>
        <source>Approval</source>
        <translation>Godkjenning</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="337"/>
        <source>e.g. 2025/123456</source>
        <translation>f.eks. 2025/123456</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="338"/>
        <source>REK reference</source>
        <translation>REK-referanse</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="340"/>
        <source>Approved on</source>
        <translation>Godkjent dato</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="352"/>
        <source>Population</source>
        <translation>Utvalg</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="355"/>
        <source>Who is in the study population; inclusion criteria</source>
        <translation>Hvem som inngår i studiepopulasjonen; inklusjonskriterier</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="356"/>
        <source>Who is included</source>
        <translation>Hvem som inngår</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="362"/>
        <source>Linkage</source>
        <translation>Sammenstilling</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="365"/>
        <source>The data are linked with each other or with other sources</source>
        <translation>Opplysningene sammenstilles med hverandre eller med andre kilder</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="368"/>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="369"/>
        <source>one per line</source>
        <translation>én per linje</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="370"/>
        <source>Linkage keys</source>
        <translation>Koblingsnøkler</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="371"/>
        <source>one per line, e.g. SSB or an own cohort</source>
        <translation>én per linje, f.eks. SSB eller en egen kohort</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="372"/>
        <source>External sources</source>
        <translation>Eksterne kilder</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="378"/>
        <source>Storage</source>
        <translation>Lagring</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="386"/>
        <source>TSD, SAFE, HUNT Cloud or the institution&apos;s own</source>
        <translation>TSD, SAFE, HUNT Cloud eller institusjonens eget</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="387"/>
        <source>Environment</source>
        <translation>Miljø</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="390"/>
        <source>Description:</source>
        <translation>Beskrivelse:</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="396"/>
        <source>Attachments listed</source>
        <translation>Oppgitte vedlegg</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="398"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="398"/>
        <source>File name</source>
        <translation>Filnavn</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="398"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="401"/>
        <source>DPO assessment</source>
        <translation>Personvernombudets vurdering</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="405"/>
        <source>Attachments</source>
        <translation>Vedlegg</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="407"/>
        <source>Add from file…</source>
        <translation>Legg til fra fil …</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="426"/>
        <source>One data source per registry: the period, the variables and why they are needed.</source>
        <translation>Én datakilde per register: perioden, variablene og hvorfor de trengs.</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormPages.cpp" line="429"/>
        <source>Add data source</source>
        <translation>Legg til datakilde</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormValidation.cpp" line="86"/>
        <source>“%1” is not a date: write it as dd.mm.yyyy.</source>
        <translation>«%1» er ikke en dato: skriv den som dd.mm.åååå.</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormValidation.cpp" line="88"/>
        <source>Choose how identifiable the data are.</source>
        <translation>Velg hvor identifiserbare opplysningene er.</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormValidation.cpp" line="163"/>
        <source>Row %1, %2: %3</source>
        <translation>Rad %1, %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationFormValidation.cpp" line="197"/>
        <source>%1 › row %2, %3</source>
        <translation>%1 › rad %2, %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ApplicationFormValidation.cpp" line="218"/>
        <source>%1 – %n to fix</source>
        <translation>
            <numerusform>%1 – %n feil</numerusform>
            <numerusform>%1 – %n feil</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ApplicationFormValidation.cpp" line="233"/>
        <source>The application is not saved: %n field(s) to put right.</source>
        <translation>
            <numerusform>Søknaden er ikke lagret: %n felt må rettes.</numerusform>
            <numerusform>Søknaden er ikke lagret: %n felter må rettes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ApplicationFormValidation.cpp" line="243"/>
        <source>… and %n more, each marked in red at its field.</source>
        <translation>
            <numerusform>… og %n til, markert med rødt ved feltet.</numerusform>
            <numerusform>… og %n til, hver markert med rødt ved sitt felt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fv::ApplicationHtml</name>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="42"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="42"/>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="49"/>
        <source>Medical and health research</source>
        <translation>Medisinsk og helsefaglig forskning</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="50"/>
        <source>Other research</source>
        <translation>Annen forskning</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="51"/>
        <source>Statistics</source>
        <translation>Statistikk</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="52"/>
        <source>Health analysis</source>
        <translation>Helseanalyse</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="53"/>
        <source>Quality improvement</source>
        <translation>Kvalitetsforbedring</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="54"/>
        <source>Planning</source>
        <translation>Planlegging</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="55"/>
        <source>Management</source>
        <translation>Styring</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="56"/>
        <source>Preparedness</source>
        <translation>Beredskap</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="57"/>
        <source>Clinical decision support</source>
        <translation>Klinisk beslutningsstøtte</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="66"/>
        <source>Done</source>
        <translation>Utført</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="68"/>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="70"/>
        <source>Not needed</source>
        <translation>Ikke nødvendig</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="77"/>
        <source>Anonymous</source>
        <translation>Anonyme</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="78"/>
        <source>Indirectly identifiable</source>
        <translation>Indirekte identifiserbare</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="79"/>
        <source>Directly identifiable</source>
        <translation>Direkte identifiserbare</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="87"/>
        <source>Norwegian bokmål</source>
        <translation>Bokmål</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="88"/>
        <source>Norwegian nynorsk</source>
        <translation>Nynorsk</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="89"/>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="97"/>
        <source>Your ref.</source>
        <translation>Deres ref.</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="98"/>
        <source>Received</source>
        <translation>Mottatt</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="99"/>
        <source>Language of letters</source>
        <translation>Målform i brev</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="100"/>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="101"/>
        <source>Summary</source>
        <translation>Sammendrag</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="102"/>
        <source>Project period</source>
        <translation>Prosjektperiode</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="104"/>
        <location filename="../ui/ApplicationHtml.cpp" line="272"/>
        <source>Deletion date</source>
        <translation>Slettedato</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="105"/>
        <source>Funding</source>
        <translation>Finansiering</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="107"/>
        <source>Change of</source>
        <translation>Endring av</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="109"/>
        <source> (not in this database)</source>
        <translation> (ikke i denne databasen)</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="110"/>
        <source>What changes</source>
        <translation>Hva endres</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="111"/>
        <source>Project</source>
        <translation>Prosjekt</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="130"/>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="131"/>
        <source>Project leader</source>
        <translation>Prosjektleder</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="132"/>
        <source>Controller</source>
        <translation>Behandlingsansvarlig</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="134"/>
        <source>org. no. %1</source>
        <translation>org.nr. %1</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="136"/>
        <source>Persons with access</source>
        <translation>Personer med tilgang</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="144"/>
        <source>GDPR</source>
        <translation>Personvernforordningen</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="145"/>
        <source>Art. 6(1)(%1) and art. 9(2)(%2)</source>
        <translation>Art. 6 nr. 1 bokstav %1 og art. 9 nr. 2 bokstav %2</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="146"/>
        <source>DPIA</source>
        <translation>Personvernkonsekvensvurdering (DPIA)</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="147"/>
        <source>Data protection officer consulted</source>
        <translation>Personvernombud rådspurt</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="150"/>
        <source>Approved by the institution</source>
        <translation>Godkjent av institusjonen</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="151"/>
        <source>REK approval</source>
        <translation>REK-godkjenning</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="152"/>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="153"/>
        <location filename="../ui/ApplicationHtml.cpp" line="169"/>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="154"/>
        <source>Identifiability</source>
        <translation>Identifiserbarhet</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="156"/>
        <source>Reasons for direct identifiers</source>
        <translation>Særlige grunner for direkte identifikasjon</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="157"/>
        <source>Population</source>
        <translation>Utvalg</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="160"/>
        <location filename="../ui/ApplicationHtml.cpp" line="169"/>
        <source>Linkage</source>
        <translation>Sammenstilling</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="162"/>
        <source>Keys: %1</source>
        <translation>Koblingsnøkler: %1</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="165"/>
        <source>External sources: %1</source>
        <translation>Eksterne kilder: %1</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="171"/>
        <source>Storage</source>
        <translation>Lagring</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="174"/>
        <source>Legal basis and protection</source>
        <translation>Rettslig grunnlag og personvern</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="179"/>
        <source>Data sources</source>
        <translation>Datakilder</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="189"/>
        <source>Not in the registry&apos;s catalogue</source>
        <translation>Finnes ikke i registerets variabelliste</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="196"/>
        <source>Registry manager</source>
        <translation>Registerforvalter</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="198"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="200"/>
        <source>Variables</source>
        <translation>Variabler</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="201"/>
        <source>Why</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="214"/>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="216"/>
        <source>file not attached</source>
        <translation>filen er ikke lagt ved</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="217"/>
        <source>Attach the file…</source>
        <translation>Legg ved filen …</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="223"/>
        <source>Attachments</source>
        <translation>Vedlegg</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="225"/>
        <source>Attachments are documents about the project (protocol, REK approval, DPIA …). Never attach health data: the case database must not hold any.</source>
        <translation>Vedlegg er dokumenter om prosjektet (protokoll, REK-godkjenning, DPIA …). Legg aldri ved helseopplysninger: saksdatabasen skal ikke inneholde slike.</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="250"/>
        <source>Changes</source>
        <translation>Endringer</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="251"/>
        <source>None found against the earlier decision</source>
        <translation>Ingen funnet sammenlignet med det forrige vedtaket</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="253"/>
        <source>Registries added</source>
        <translation>Registre lagt til</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="255"/>
        <source>Registries removed</source>
        <translation>Registre fjernet</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="262"/>
        <source>Variables, %1</source>
        <translation>Variabler, %1</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="265"/>
        <source>Period, %1</source>
        <translation>Periode, %1</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="269"/>
        <source>Project end</source>
        <translation>Prosjektslutt</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="275"/>
        <location filename="../ui/ApplicationHtml.cpp" line="277"/>
        <source>Person with access</source>
        <translation>Person med tilgang</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="278"/>
        <source>Changes against the decision in %1</source>
        <translation>Endringer sammenlignet med vedtaket i %1</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="293"/>
        <source>Case %1 · %2 · %3</source>
        <translation>Sak %1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="311"/>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="311"/>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="311"/>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="312"/>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
</context>
<context>
    <name>fv::AssessmentModel</name>
    <message>
        <location filename="../ui/CaseworkModels.cpp" line="52"/>
        <source>Required</source>
        <translation>Påkrevd</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkModels.cpp" line="52"/>
        <source>Not needed</source>
        <translation>Ikke nødvendig</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkModels.cpp" line="89"/>
        <source>Check</source>
        <translation>Kontrollpunkt</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkModels.cpp" line="90"/>
        <source>Required?</source>
        <translation>Påkrevd?</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkModels.cpp" line="91"/>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkModels.cpp" line="92"/>
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkModels.cpp" line="93"/>
        <source>By</source>
        <translation>Av</translation>
    </message>
</context>
<context>
    <name>fv::CaseActions</name>
    <message>
        <location filename="../ui/CaseActions.cpp" line="50"/>
        <source>&amp;My cases</source>
        <translation>&amp;Mine saker</translation>
    </message>
    <message>
        <location filename="../ui/CaseActions.cpp" line="53"/>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <location filename="../ui/CaseActions.cpp" line="54"/>
        <source>Show only the cases you are responsible for</source>
        <translation>Vis bare sakene du er ansvarlig for</translation>
    </message>
    <message>
        <location filename="../ui/CaseActions.cpp" line="58"/>
        <source>&amp;Take the case</source>
        <translation>&amp;Ta saken</translation>
    </message>
    <message>
        <location filename="../ui/CaseActions.cpp" line="59"/>
        <source>&amp;Assign to…</source>
        <translation>T&amp;ildel …</translation>
    </message>
    <message>
        <location filename="../ui/CaseActions.cpp" line="60"/>
        <source>Start the completeness &amp;check</source>
        <translation>Start &amp;kontroll av komplett søknad</translation>
    </message>
    <message>
        <location filename="../ui/CaseActions.cpp" line="61"/>
        <source>Application is &amp;complete…</source>
        <translation>Søknaden er ko&amp;mplett …</translation>
    </message>
    <message>
        <location filename="../ui/CaseActions.cpp" line="62"/>
        <source>&amp;Request information…</source>
        <translation>&amp;Be om opplysninger …</translation>
    </message>
    <message>
        <location filename="../ui/CaseActions.cpp" line="63"/>
        <source>Information &amp;received…</source>
        <translation>&amp;Opplysninger mottatt …</translation>
    </message>
    <message>
        <location filename="../ui/CaseActions.cpp" line="64"/>
        <source>Send a re&amp;minder</source>
        <translation>Send &amp;purring</translation>
    </message>
    <message>
        <location filename="../ui/CaseActions.cpp" line="65"/>
        <source>Reject for &amp;no reply…</source>
        <translation>&amp;Avvis, ikke svart …</translation>
    </message>
    <message>
        <location filename="../ui/CaseActions.cpp" line="66"/>
        <source>Preliminary reply &amp;sent…</source>
        <translation>&amp;Foreløpig svar sendt …</translation>
    </message>
    <message>
        <location filename="../ui/CaseActions.cpp" line="67"/>
        <source>C&amp;onsult a registry manager…</source>
        <translation>Send på &amp;høring til registerforvalter …</translation>
    </message>
    <message>
        <location filename="../ui/CaseActions.cpp" line="68"/>
        <source>Record a registry manager&apos;s ans&amp;wer…</source>
        <translation>R&amp;egistrer svar fra registerforvalter …</translation>
    </message>
    <message>
        <location filename="../ui/CaseActions.cpp" line="69"/>
        <source>Add a &amp;note…</source>
        <translation>Legg til &amp;notat …</translation>
    </message>
    <message>
        <location filename="../ui/CaseActions.cpp" line="70"/>
        <source>&amp;Forward to the registry manager…</source>
        <translation>&amp;Videresend til registerforvalter …</translation>
    </message>
    <message>
        <location filename="../ui/CaseActions.cpp" line="71"/>
        <source>&amp;Withdrawn by the applicant…</source>
        <translation>Trukket av s&amp;øker …</translation>
    </message>
    <message>
        <location filename="../ui/CaseActions.cpp" line="72"/>
        <source>C&amp;lose the case</source>
        <translation>Avs&amp;lutt saken</translation>
    </message>
    <message>
        <location filename="../ui/CaseActions.cpp" line="124"/>
        <location filename="../ui/CaseActions.cpp" line="182"/>
        <source>Choose a case in the list.</source>
        <translation>Velg en sak i listen.</translation>
    </message>
    <message>
        <location filename="../ui/CaseActions.cpp" line="126"/>
        <location filename="../ui/CaseActions.cpp" line="184"/>
        <source>The database is read-only.</source>
        <translation>Databasen er skrivebeskyttet.</translation>
    </message>
    <message>
        <location filename="../ui/CaseActions.cpp" line="142"/>
        <source>The case is closed.</source>
        <translation>Saken er avsluttet.</translation>
    </message>
    <message>
        <location filename="../ui/CaseActions.cpp" line="145"/>
        <source>The case is already yours.</source>
        <translation>Saken er allerede din.</translation>
    </message>
    <message>
        <location filename="../ui/CaseActions.cpp" line="155"/>
        <location filename="../ui/CaseActions.cpp" line="169"/>
        <source>The case is no longer being worked on.</source>
        <translation>Saken er ikke lenger under behandling.</translation>
    </message>
    <message>
        <location filename="../ui/CaseActions.cpp" line="157"/>
        <source>The preliminary reply was sent on %1.</source>
        <translation>Foreløpig svar ble sendt %1.</translation>
    </message>
    <message>
        <location filename="../ui/CaseActions.cpp" line="167"/>
        <source>Every registry is consulted or forwarded.</source>
        <translation>Alle registre er sendt på høring eller videresendt.</translation>
    </message>
    <message>
        <location filename="../ui/CaseActions.cpp" line="170"/>
        <source>No registry manager has been asked for an answer.</source>
        <translation>Ingen registerforvalter er bedt om svar.</translation>
    </message>
    <message>
        <location filename="../ui/CaseActions.cpp" line="197"/>
        <source>%1: %2 recorded as %3</source>
        <translation>%1: %2 registrert som %3</translation>
    </message>
    <message>
        <location filename="../ui/CaseActions.cpp" line="204"/>
        <source>%1 is yours now</source>
        <translation>%1 er nå din</translation>
    </message>
    <message>
        <location filename="../ui/CaseActions.cpp" line="217"/>
        <source>Assign case</source>
        <translation>Tildel sak</translation>
    </message>
    <message>
        <location filename="../ui/CaseActions.cpp" line="217"/>
        <source>Who is responsible for %1?</source>
        <translation>Hvem skal ha ansvaret for %1?</translation>
    </message>
    <message>
        <location filename="../ui/CaseActions.cpp" line="221"/>
        <source>%1 assigned to %2</source>
        <translation>%1 tildelt %2</translation>
    </message>
    <message>
        <location filename="../ui/CaseActions.cpp" line="227"/>
        <source>Completeness check of %1 started</source>
        <translation>Kontroll av komplett søknad startet for %1</translation>
    </message>
    <message>
        <location filename="../ui/CaseActions.cpp" line="236"/>
        <source>the project protocol</source>
        <translation>prosjektprotokollen</translation>
    </message>
    <message>
        <location filename="../ui/CaseActions.cpp" line="237"/>
        <source>the REK approval&apos;s reference and date</source>
        <translation>referanse og dato for REK-godkjenningen</translation>
    </message>
    <message>
        <location filename="../ui/CaseActions.cpp" line="238"/>
        <source>the REK approval letter</source>
        <translation>godkjenningsbrevet fra REK</translation>
    </message>
    <message>
        <location filename="../ui/CaseActions.cpp" line="239"/>
        <source>a DPIA or the data protection officer&apos;s assessment</source>
        <translation>en personvernkonsekvensvurdering (DPIA) eller personvernombudets vurdering</translation>
    </message>
    <message>
        <location filename="../ui/CaseActions.cpp" line="249"/>
        <location filename="../ui/CaseActions.cpp" line="255"/>
        <source>Application complete</source>
        <translation>Søknaden er komplett</translation>
    </message>
    <message>
        <location filename="../ui/CaseActions.cpp" line="250"/>
        <source>&lt;p&gt;A complete application usually has what this one lacks:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;%1&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Mark it complete all the same?&lt;/p&gt;</source>
        <translation>&lt;p&gt;En komplett søknad har vanligvis det denne mangler:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;%1&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Vil du likevel markere den som komplett?&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/CaseActions.cpp" line="256"/>
        <source>On which day was the application complete? The statutory deadline counts from the day after.</source>
        <translation>Hvilken dag var søknaden komplett? Den lovpålagte fristen regnes fra dagen etter.</translation>
    </message>
    <message>
        <location filename="../ui/CaseActions.cpp" line="261"/>
        <source>%1 is complete; the statutory clock runs</source>
        <translation>%1 er komplett; den lovpålagte fristen løper</translation>
    </message>
    <message>
        <location filename="../ui/CaseActions.cpp" line="267"/>
        <source>Request information</source>
        <translation>Be om opplysninger</translation>
    </message>
    <message>
        <location filename="../ui/CaseActions.cpp" line="268"/>
        <source>What must the applicant send? The deadline clock pauses until the answer comes; the applicant has 10 working days.</source>
        <translation>Hva må søkeren sende? Fristen stanses til svaret kommer; søkeren har 10 arbeidsdager på seg.</translation>
    </message>
    <message>
        <location filename="../ui/CaseActions.cpp" line="273"/>
        <source>Information requested in %1; the clock is paused</source>
        <translation>Opplysninger etterspurt i %1; fristen er stanset</translation>
    </message>
    <message>
        <location filename="../ui/CaseActions.cpp" line="280"/>
        <source>Information received</source>
        <translation>Opplysninger mottatt</translation>
    </message>
    <message>
        <location filename="../ui/CaseActions.cpp" line="280"/>
        <source>On which day did the answer arrive? The clock runs again that day.</source>
        <translation>Hvilken dag kom svaret? Fristen løper igjen fra og med samme dag.</translation>
    </message>
    <message>
        <location filename="../ui/CaseActions.cpp" line="285"/>
        <source>Answer in %1 recorded; the clock runs again</source>
        <translation>Svar i %1 registrert; fristen løper igjen</translation>
    </message>
    <message>
        <location filename="../ui/CaseActions.cpp" line="291"/>
        <source>Reminder recorded in %1: five more working days</source>
        <translation>Purring registrert i %1: fem arbeidsdager til</translation>
    </message>
    <message>
        <location filename="../ui/CaseActions.cpp" line="296"/>
        <source>Reject for no reply</source>
        <translation>Avvis, ikke svart</translation>
    </message>
    <message>
        <location filename="../ui/CaseActions.cpp" line="297"/>
        <source>The applicant has not answered the reminder. Reject application %1?</source>
        <translation>Søkeren har ikke svart på purringen. Vil du avvise søknad %1?</translation>
    </message>
    <message>
        <location filename="../ui/CaseActions.cpp" line="300"/>
        <source>%1 rejected for no reply</source>
        <translation>%1 avvist fordi søkeren ikke har svart</translation>
    </message>
    <message>
        <location filename="../ui/CaseActions.cpp" line="306"/>
        <source>Preliminary reply</source>
        <translation>Foreløpig svar</translation>
    </message>
    <message>
        <location filename="../ui/CaseActions.cpp" line="307"/>
        <source>On which day was the preliminary reply (forvaltningsloven § 11 a) sent?</source>
        <translation>Hvilken dag ble foreløpig svar (forvaltningsloven § 11 a) sendt?</translation>
    </message>
    <message>
        <location filename="../ui/CaseActions.cpp" line="312"/>
        <source>Preliminary reply in %1 recorded</source>
        <translation>Foreløpig svar i %1 registrert</translation>
    </message>
    <message>
        <location filename="../ui/CaseActions.cpp" line="322"/>
        <location filename="../ui/CaseActions.cpp" line="328"/>
        <source>Consult a registry manager</source>
        <translation>Høring hos registerforvalter</translation>
    </message>
    <message>
        <location filename="../ui/CaseActions.cpp" line="322"/>
        <source>Which registry&apos;s manager is asked for its view?</source>
        <translation>Hvilket registers forvalter skal bli bedt om uttalelse?</translation>
    </message>
    <message>
        <location filename="../ui/CaseActions.cpp" line="328"/>
        <source>When is the answer due?</source>
        <translation>Hva er svarfristen?</translation>
    </message>
    <message>
        <location filename="../ui/CaseActions.cpp" line="332"/>
        <source>%1: the manager of %2 is consulted</source>
        <translation>%1: forvalteren av %2 er bedt om uttalelse</translation>
    </message>
    <message>
        <location filename="../ui/CaseActions.cpp" line="342"/>
        <location filename="../ui/CaseActions.cpp" line="349"/>
        <location filename="../ui/CaseActions.cpp" line="352"/>
        <source>Registry manager&apos;s answer</source>
        <translation>Svar fra registerforvalter</translation>
    </message>
    <message>
        <location filename="../ui/CaseActions.cpp" line="342"/>
        <source>Which registry manager answered?</source>
        <translation>Hvilken registerforvalter har svart?</translation>
    </message>
    <message>
        <location filename="../ui/CaseActions.cpp" line="349"/>
        <source>What does it recommend?</source>
        <translation>Hva anbefaler registerforvalteren?</translation>
    </message>
    <message>
        <location filename="../ui/CaseActions.cpp" line="352"/>
        <source>Note (optional):</source>
        <translation>Merknad (valgfritt):</translation>
    </message>
    <message>
        <location filename="../ui/CaseActions.cpp" line="358"/>
        <source>%1: the answer for %2 is recorded</source>
        <translation>%1: svaret for %2 er registrert</translation>
    </message>
    <message>
        <location filename="../ui/CaseActions.cpp" line="363"/>
        <source>Internal note</source>
        <translation>Internt notat</translation>
    </message>
    <message>
        <location filename="../ui/CaseActions.cpp" line="363"/>
        <source>Note for the applicant</source>
        <translation>Notat til søker</translation>
    </message>
    <message>
        <location filename="../ui/CaseActions.cpp" line="364"/>
        <location filename="../ui/CaseActions.cpp" line="367"/>
        <source>Add a note</source>
        <translation>Legg til notat</translation>
    </message>
    <message>
        <location filename="../ui/CaseActions.cpp" line="364"/>
        <source>Who is the note for?</source>
        <translation>Hvem er notatet til?</translation>
    </message>
    <message>
        <location filename="../ui/CaseActions.cpp" line="372"/>
        <source>Note added to %1</source>
        <translation>Notat lagt til i %1</translation>
    </message>
    <message>
        <location filename="../ui/CaseActions.cpp" line="379"/>
        <location filename="../ui/CaseActions.cpp" line="391"/>
        <source>The whole case</source>
        <translation>Hele saken</translation>
    </message>
    <message>
        <location filename="../ui/CaseActions.cpp" line="384"/>
        <location filename="../ui/CaseActions.cpp" line="388"/>
        <source>Forward to the registry manager</source>
        <translation>Videresend til registerforvalter</translation>
    </message>
    <message>
        <location filename="../ui/CaseActions.cpp" line="384"/>
        <source>What does the registry manager decide itself?</source>
        <translation>Hva skal registerforvalteren selv avgjøre?</translation>
    </message>
    <message>
        <location filename="../ui/CaseActions.cpp" line="388"/>
        <source>Why does the registry manager decide this itself?</source>
        <translation>Hvorfor skal registerforvalteren avgjøre dette selv?</translation>
    </message>
    <message>
        <location filename="../ui/CaseActions.cpp" line="393"/>
        <source>%1 forwarded</source>
        <translation>%1 videresendt</translation>
    </message>
    <message>
        <location filename="../ui/CaseActions.cpp" line="398"/>
        <source>Withdrawn by the applicant</source>
        <translation>Trukket av søker</translation>
    </message>
    <message>
        <location filename="../ui/CaseActions.cpp" line="399"/>
        <source>The applicant withdrew application %1. Reason (optional):</source>
        <translation>Søkeren har trukket søknad %1. Begrunnelse (valgfritt):</translation>
    </message>
    <message>
        <location filename="../ui/CaseActions.cpp" line="403"/>
        <source>%1 withdrawn</source>
        <translation>%1 trukket</translation>
    </message>
    <message>
        <location filename="../ui/CaseActions.cpp" line="409"/>
        <source>Close the case</source>
        <translation>Avslutt saken</translation>
    </message>
    <message>
        <location filename="../ui/CaseActions.cpp" line="409"/>
        <source>Close case %1? Nothing more can be done on it.</source>
        <translation>Vil du avslutte sak %1? Det kan ikke gjøres mer i saken.</translation>
    </message>
    <message>
        <location filename="../ui/CaseActions.cpp" line="412"/>
        <source>%1 closed</source>
        <translation>%1 avsluttet</translation>
    </message>
</context>
<context>
    <name>fv::CaseListModel</name>
    <message>
        <location filename="../ui/CaseListModel.cpp" line="146"/>
        <source>Change: %1</source>
        <translation>Endring: %1</translation>
    </message>
    <message>
        <location filename="../ui/CaseListModel.cpp" line="175"/>
        <source>Case no.</source>
        <translation>Saksnr.</translation>
    </message>
    <message>
        <location filename="../ui/CaseListModel.cpp" line="176"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/CaseListModel.cpp" line="177"/>
        <source>Your ref.</source>
        <translation>Deres ref.</translation>
    </message>
    <message>
        <location filename="../ui/CaseListModel.cpp" line="178"/>
        <source>Project</source>
        <translation>Prosjekt</translation>
    </message>
    <message>
        <location filename="../ui/CaseListModel.cpp" line="179"/>
        <source>Controller</source>
        <translation>Behandlingsansvarlig</translation>
    </message>
    <message>
        <location filename="../ui/CaseListModel.cpp" line="180"/>
        <source>Registries</source>
        <translation>Registre</translation>
    </message>
    <message>
        <location filename="../ui/CaseListModel.cpp" line="181"/>
        <source>Received</source>
        <translation>Mottatt</translation>
    </message>
    <message>
        <location filename="../ui/CaseListModel.cpp" line="182"/>
        <source>Caseworker</source>
        <translation>Saksbehandler</translation>
    </message>
    <message>
        <location filename="../ui/CaseListModel.cpp" line="183"/>
        <source>Next deadline</source>
        <translation>Neste frist</translation>
    </message>
</context>
<context>
    <name>fv::CaseStatus</name>
    <message>
        <location filename="../core/casework/CaseStatus.cpp" line="103"/>
        <source>Received</source>
        <translation>Mottatt</translation>
    </message>
    <message>
        <location filename="../core/casework/CaseStatus.cpp" line="104"/>
        <source>Completeness check</source>
        <translation>Kontroll av komplett søknad</translation>
    </message>
    <message>
        <location filename="../core/casework/CaseStatus.cpp" line="105"/>
        <source>Waiting for applicant</source>
        <translation>Venter på søker</translation>
    </message>
    <message>
        <location filename="../core/casework/CaseStatus.cpp" line="106"/>
        <source>Under assessment</source>
        <translation>Under vurdering</translation>
    </message>
    <message>
        <location filename="../core/casework/CaseStatus.cpp" line="107"/>
        <source>Decision draft</source>
        <translation>Vedtaksutkast</translation>
    </message>
    <message>
        <location filename="../core/casework/CaseStatus.cpp" line="108"/>
        <source>Awaiting approval</source>
        <translation>Til godkjenning</translation>
    </message>
    <message>
        <location filename="../core/casework/CaseStatus.cpp" line="109"/>
        <source>Decided</source>
        <translation>Vedtatt</translation>
    </message>
    <message>
        <location filename="../core/casework/CaseStatus.cpp" line="110"/>
        <source>Letter sent</source>
        <translation>Brev sendt</translation>
    </message>
    <message>
        <location filename="../core/casework/CaseStatus.cpp" line="111"/>
        <source>Closed</source>
        <translation>Avsluttet</translation>
    </message>
    <message>
        <location filename="../core/casework/CaseStatus.cpp" line="112"/>
        <source>Forwarded</source>
        <translation>Videresendt</translation>
    </message>
    <message>
        <location filename="../core/casework/CaseStatus.cpp" line="113"/>
        <source>Withdrawn</source>
        <translation>Trukket</translation>
    </message>
    <message>
        <location filename="../core/casework/CaseStatus.cpp" line="114"/>
        <source>Rejected, no reply</source>
        <translation>Avvist, ikke svart</translation>
    </message>
</context>
<context>
    <name>fv::CaseView</name>
    <message>
        <location filename="../ui/CaseView.cpp" line="31"/>
        <source>granted</source>
        <translation>innvilget</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="32"/>
        <source>partly granted</source>
        <translation>delvis innvilget</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="33"/>
        <source>refused</source>
        <translation>avslått</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="41"/>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="42"/>
        <source>Awaiting approval</source>
        <translation>Til godkjenning</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="43"/>
        <source>Approved</source>
        <translation>Godkjent</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="44"/>
        <source>Superseded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="53"/>
        <source>Choose a case in the list.</source>
        <translation>Velg en sak i listen.</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="71"/>
        <source>&amp;Application</source>
        <translation>&amp;Søknad</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="81"/>
        <source>Case&amp;work</source>
        <translation>Saks&amp;behandling</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="104"/>
        <source>Joint &amp;decision</source>
        <translation>Felles &amp;vedtak</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="105"/>
        <source>&amp;Timeline</source>
        <translation>&amp;Tidslinje</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="106"/>
        <source>&amp;Events</source>
        <translation>&amp;Hendelser</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="107"/>
        <source>Doc&amp;uments</source>
        <translation>Dok&amp;umenter</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="152"/>
        <source>&lt;b&gt;No decision yet.&lt;/b&gt; Make a draft with &lt;i&gt;Case → Make decision draft&lt;/i&gt; (Ctrl+D).</source>
        <translation>&lt;b&gt;Ikke noe vedtak ennå.&lt;/b&gt; Lag et utkast med &lt;i&gt;Sak → Lag vedtaksutkast&lt;/i&gt; (Ctrl+D).</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="157"/>
        <source>&lt;b&gt;Decision %1: %2&lt;/b&gt; – overall result: &lt;b&gt;%3&lt;/b&gt;. Drafted by %4</source>
        <translation>&lt;b&gt;Vedtak %1: %2&lt;/b&gt; – samlet resultat: &lt;b&gt;%3&lt;/b&gt;. Utarbeidet av %4</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="161"/>
        <source>, approved by %1 on %2</source>
        <translation>, godkjent av %1 %2</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="166"/>
        <source>Returned with the comment: %1</source>
        <translation>Returnert med kommentaren: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CaseView.cpp" line="169"/>
        <source>%n earlier version(s) kept.</source>
        <translation>
            <numerusform>%n tidligere versjon er tatt vare på.</numerusform>
            <numerusform>%n tidligere versjoner er tatt vare på.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="172"/>
        <source>Exemption from the duty of confidentiality</source>
        <translation>Dispensasjon fra taushetsplikt</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="174"/>
        <source>Not needed: the data are anonymous.</source>
        <translation>Ikke nødvendig: opplysningene er anonyme.</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="177"/>
        <source>Granted.</source>
        <translation>Innvilget.</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="177"/>
        <source>Not granted.</source>
        <translation>Ikke innvilget.</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="178"/>
        <source>Legal basis: %1.</source>
        <translation>Hjemmel: %1.</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="179"/>
        <source>Legal basis</source>
        <translation>Rettslig grunnlag</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="180"/>
        <source>Reasons</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="181"/>
        <source>Conditions</source>
        <translation>Vilkår</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="193"/>
        <source>No letters sent yet. Case → Send letter… sends one and keeps it here.</source>
        <translation>Ingen brev er sendt ennå. Sak → Send brev … sender et brev og tar vare på det her.</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="200"/>
        <source>Our ref.</source>
        <translation>Vår ref.</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="200"/>
        <source>Letter</source>
        <translation>Brev</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="200"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="200"/>
        <source>Sent</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="200"/>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="207"/>
        <source>Click a reference to open the letter exactly as it was sent.</source>
        <translation>Klikk på en referanse for å åpne brevet nøyaktig slik det ble sendt.</translation>
    </message>
</context>
<context>
    <name>fv::CaseworkPanel</name>
    <message>
        <location filename="../ui/CaseworkPanel.cpp" line="52"/>
        <source>%1 working days from %2, %3</source>
        <translation>%1 arbeidsdager fra %2, %3</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkPanel.cpp" line="55"/>
        <source>linked sources</source>
        <translation>sammenstilte kilder</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkPanel.cpp" line="55"/>
        <source>one source</source>
        <translation>én kilde</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkPanel.cpp" line="57"/>
        <source>&lt;b&gt;The statutory clock has not started:&lt;/b&gt; the application is not complete yet.</source>
        <translation>&lt;b&gt;Den lovpålagte fristen har ikke begynt å løpe:&lt;/b&gt; søknaden er ikke komplett ennå.</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkPanel.cpp" line="59"/>
        <source>&lt;b&gt;Decided %1&lt;/b&gt; – %2 (deadline %3; %4).</source>
        <translation>&lt;b&gt;Vedtatt %1&lt;/b&gt; – %2 (frist %3; %4).</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkPanel.cpp" line="61"/>
        <source>within the deadline</source>
        <translation>innenfor fristen</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkPanel.cpp" line="62"/>
        <source>after the deadline</source>
        <translation>etter fristen</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkPanel.cpp" line="65"/>
        <source>&lt;b&gt;The clock is paused&lt;/b&gt; while we wait for the applicant: %1 of %2 working days used (%3).</source>
        <translation>&lt;b&gt;Fristen er stanset&lt;/b&gt; mens vi venter på søkeren: %1 av %2 arbeidsdager er brukt (%3).</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkPanel.cpp" line="71"/>
        <source>Deadline %1 (%2).</source>
        <translation>Frist %1 (%2).</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkPanel.cpp" line="76"/>
        <source>&lt;b&gt;Decision due %1&lt;/b&gt; – %2 (%3).</source>
        <translation>&lt;b&gt;Vedtaksfrist %1&lt;/b&gt; – %2 (%3).</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkPanel.cpp" line="92"/>
        <source>&amp;Save assessment</source>
        <translation>&amp;Lagre vurdering</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkPanel.cpp" line="116"/>
        <source>Deadlines</source>
        <translation>Frister</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkPanel.cpp" line="124"/>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkPanel.cpp" line="124"/>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkPanel.cpp" line="124"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkPanel.cpp" line="138"/>
        <source>Legal assessment</source>
        <translation>Juridisk vurdering</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkPanel.cpp" line="159"/>
        <source>Note: why, and with which reference (required when not fulfilled)</source>
        <translation>Merknad: hvorfor, og med hvilken hjemmel (påkrevd når vilkåret ikke er oppfylt)</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkPanel.cpp" line="175"/>
        <source>Registry managers&apos; views</source>
        <translation>Registerforvalternes uttalelser</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkPanel.cpp" line="189"/>
        <source>Dialogue with the applicant and notes</source>
        <translation>Dialog med søker og notater</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CaseworkPanel.cpp" line="242"/>
        <source>All %n required check(s) settled.</source>
        <translation>
            <numerusform>%n påkrevd kontrollpunkt er avklart.</numerusform>
            <numerusform>Alle %n påkrevde kontrollpunkter er avklart.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/CaseworkPanel.cpp" line="243"/>
        <source>%1 of %2 required checks settled; the draft cannot go for approval until all are.</source>
        <translation>%1 av %2 påkrevde kontrollpunkter er avklart; utkastet kan ikke sendes til godkjenning før alle er det.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CaseworkPanel.cpp" line="258"/>
        <source>%1–%2 (%n working day(s))</source>
        <translation>
            <numerusform>%1–%2 (%n arbeidsdag)</numerusform>
            <numerusform>%1–%2 (%n arbeidsdager)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/CaseworkPanel.cpp" line="260"/>
        <source>now</source>
        <translation>nå</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkPanel.cpp" line="262"/>
        <source>Paused: %1</source>
        <translation>Stanset: %1</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkPanel.cpp" line="265"/>
        <source>Preliminary reply (fvl. § 11 a) sent %1.</source>
        <translation>Foreløpig svar (fvl. § 11 a) sendt %1.</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkPanel.cpp" line="266"/>
        <source>Preliminary reply (fvl. § 11 a) due %1, not sent.</source>
        <translation>Foreløpig svar (fvl. § 11 a): frist %1, ikke sendt.</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkPanel.cpp" line="301"/>
        <source>Information requested by %1</source>
        <translation>Opplysninger etterspurt av %1</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkPanel.cpp" line="302"/>
        <source>answer due %1</source>
        <translation>svarfrist %1</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkPanel.cpp" line="304"/>
        <source>reminded %1, due %2</source>
        <translation>purret %1, frist %2</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkPanel.cpp" line="305"/>
        <source>answered %1</source>
        <translation>besvart %1</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkPanel.cpp" line="306"/>
        <source>no answer yet</source>
        <translation>ikke besvart ennå</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkPanel.cpp" line="310"/>
        <source>No information requested.</source>
        <translation>Ingen opplysninger etterspurt.</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkPanel.cpp" line="320"/>
        <source>Notes for the applicant</source>
        <translation>Notater til søker</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkPanel.cpp" line="321"/>
        <source>Internal notes (not sent)</source>
        <translation>Interne notater (sendes ikke)</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkPanel.cpp" line="326"/>
        <source>Forwarded %1: %2 – %3</source>
        <translation>Videresendt %1: %2 – %3</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkPanel.cpp" line="328"/>
        <source>the whole case</source>
        <translation>hele saken</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkPanel.cpp" line="335"/>
        <source>Choose a check in the list.</source>
        <translation>Velg et kontrollpunkt i listen.</translation>
    </message>
</context>
<context>
    <name>fv::CaseworkText</name>
    <message>
        <location filename="../ui/CaseworkText.cpp" line="22"/>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkText.cpp" line="23"/>
        <source>Legal basis (GDPR)</source>
        <translation>Rettslig grunnlag (personvernforordningen)</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkText.cpp" line="24"/>
        <source>REK approval</source>
        <translation>REK-godkjenning</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkText.cpp" line="25"/>
        <source>Institution&apos;s approval</source>
        <translation>Institusjonens godkjenning</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkText.cpp" line="26"/>
        <source>Data minimisation</source>
        <translation>Dataminimering</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkText.cpp" line="27"/>
        <source>Security measures</source>
        <translation>Sikkerhetstiltak</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkText.cpp" line="28"/>
        <source>Interest to society</source>
        <translation>Samfunnsinteresse</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkText.cpp" line="29"/>
        <source>Linkage</source>
        <translation>Sammenstilling</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkText.cpp" line="30"/>
        <source>End and deletion dates</source>
        <translation>Slutt- og slettedato</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkText.cpp" line="31"/>
        <source>National-security screening</source>
        <translation>Vurdering av nasjonal sikkerhet</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkText.cpp" line="40"/>
        <source>The purpose is explicit, allowed and compatible with the registry&apos;s own purpose.</source>
        <translation>Formålet er uttrykkelig angitt, lovlig og forenlig med registerets eget formål.</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkText.cpp" line="42"/>
        <source>The recipient&apos;s basis in GDPR art. 6(1) and 9(2), with the DPO&apos;s advice or a DPIA.</source>
        <translation>Mottakerens rettslige grunnlag i personvernforordningen art. 6 nr. 1 og art. 9 nr. 2, med personvernombudets råd eller en personvernkonsekvensvurdering (DPIA).</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkText.cpp" line="43"/>
        <source>REK has approved the project (helseforskningsloven § 33).</source>
        <translation>REK har godkjent prosjektet (helseforskningsloven § 33).</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkText.cpp" line="44"/>
        <source>The applicant&apos;s own institution has approved the project.</source>
        <translation>Søkerens egen institusjon har godkjent prosjektet.</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkText.cpp" line="46"/>
        <source>Every variable and period is necessary; no direct identifiers without special reasons.</source>
        <translation>Alle variabler og perioder er nødvendige; ingen direkte identifiserende opplysninger uten særlige grunner.</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkText.cpp" line="47"/>
        <source>The security measures and the storage environment are described.</source>
        <translation>Sikkerhetstiltakene og lagringsmiljøet er beskrevet.</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkText.cpp" line="49"/>
        <source>Of substantial interest to society and ethically, medically and professionally unobjectionable.</source>
        <translation>Av vesentlig interesse for samfunnet og etisk, medisinsk og faglig forsvarlig.</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkText.cpp" line="50"/>
        <source>The linkage between sources is described and justified.</source>
        <translation>Sammenstillingen av kildene er beskrevet og begrunnet.</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkText.cpp" line="51"/>
        <source>The project&apos;s end date and the deletion or anonymisation date are set.</source>
        <translation>Prosjektets sluttdato og dato for sletting eller anonymisering er fastsatt.</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkText.cpp" line="52"/>
        <source>National-security screening of large datasets.</source>
        <translation>Vurdering av nasjonal sikkerhet ved store datasett.</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkText.cpp" line="60"/>
        <source>Not assessed</source>
        <translation>Ikke vurdert</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkText.cpp" line="61"/>
        <source>Fulfilled</source>
        <translation>Oppfylt</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkText.cpp" line="62"/>
        <source>Not fulfilled</source>
        <translation>Ikke oppfylt</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkText.cpp" line="63"/>
        <source>Not relevant</source>
        <translation>Ikke relevant</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkText.cpp" line="71"/>
        <source>Grant</source>
        <translation>Innvilge</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkText.cpp" line="72"/>
        <source>Grant in part</source>
        <translation>Innvilge delvis</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkText.cpp" line="73"/>
        <source>Refuse</source>
        <translation>Avslå</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkText.cpp" line="81"/>
        <location filename="../ui/CaseworkText.cpp" line="117"/>
        <source>Decision deadline</source>
        <translation>Vedtaksfrist</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkText.cpp" line="82"/>
        <source>Preliminary reply</source>
        <translation>Foreløpig svar</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkText.cpp" line="83"/>
        <source>Applicant&apos;s answer</source>
        <translation>Svar fra søker</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkText.cpp" line="84"/>
        <source>Answer after reminder</source>
        <translation>Svar etter purring</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkText.cpp" line="85"/>
        <source>Registry manager&apos;s answer</source>
        <translation>Svar fra registerforvalter</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkText.cpp" line="93"/>
        <source>Application received</source>
        <translation>Søknad mottatt</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkText.cpp" line="94"/>
        <source>Application registered</source>
        <translation>Søknad registrert</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkText.cpp" line="95"/>
        <source>Assigned</source>
        <translation>Tildelt</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkText.cpp" line="96"/>
        <source>Completeness check started</source>
        <translation>Kontroll av komplett søknad startet</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkText.cpp" line="97"/>
        <source>Application complete</source>
        <translation>Søknaden er komplett</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkText.cpp" line="98"/>
        <source>Information requested</source>
        <translation>Opplysninger etterspurt</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkText.cpp" line="99"/>
        <source>Information received</source>
        <translation>Opplysninger mottatt</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkText.cpp" line="100"/>
        <source>Reminder sent</source>
        <translation>Purring sendt</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkText.cpp" line="101"/>
        <source>Rejected, no reply</source>
        <translation>Avvist, ikke svart</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkText.cpp" line="102"/>
        <source>Withdrawn</source>
        <translation>Trukket</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkText.cpp" line="103"/>
        <source>Closed</source>
        <translation>Avsluttet</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkText.cpp" line="104"/>
        <source>Forwarded to the registry managers</source>
        <translation>Videresendt til registerforvalterne</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkText.cpp" line="105"/>
        <source>Registry forwarded</source>
        <translation>Register videresendt</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkText.cpp" line="106"/>
        <source>Preliminary reply sent</source>
        <translation>Foreløpig svar sendt</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkText.cpp" line="107"/>
        <source>Assessed</source>
        <translation>Vurdert</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkText.cpp" line="108"/>
        <source>Registry manager consulted</source>
        <translation>Sendt på høring til registerforvalter</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkText.cpp" line="109"/>
        <source>Registry manager answered</source>
        <translation>Registerforvalter har svart</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkText.cpp" line="110"/>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkText.cpp" line="111"/>
        <source>Decision drafted</source>
        <translation>Vedtaksutkast laget</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkText.cpp" line="112"/>
        <source>Decision edited</source>
        <translation>Vedtak redigert</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkText.cpp" line="113"/>
        <source>Submitted for approval</source>
        <translation>Sendt til godkjenning</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkText.cpp" line="114"/>
        <source>Decision approved</source>
        <translation>Vedtak godkjent</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkText.cpp" line="115"/>
        <source>Returned to the drafter</source>
        <translation>Returnert til saksbehandler</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkText.cpp" line="116"/>
        <source>Letter sent</source>
        <translation>Brev sendt</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkText.cpp" line="118"/>
        <source>Preliminary reply due</source>
        <translation>Frist for foreløpig svar</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkText.cpp" line="119"/>
        <source>Applicant&apos;s answer due</source>
        <translation>Svarfrist for søker</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkText.cpp" line="120"/>
        <source>Answer due after reminder</source>
        <translation>Svarfrist etter purring</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkText.cpp" line="121"/>
        <source>Registry manager&apos;s answer due</source>
        <translation>Svarfrist for registerforvalter</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkText.cpp" line="122"/>
        <source>Clock paused</source>
        <translation>Fristen stanset</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CaseworkText.cpp" line="131"/>
        <source>Overdue by %n working day(s)</source>
        <translation>
            <numerusform>%n arbeidsdag over fristen</numerusform>
            <numerusform>%n arbeidsdager over fristen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/CaseworkText.cpp" line="133"/>
        <source>Due today</source>
        <translation>Frist i dag</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CaseworkText.cpp" line="134"/>
        <source>%n working day(s) left</source>
        <translation>
            <numerusform>%n arbeidsdag igjen</numerusform>
            <numerusform>%n arbeidsdager igjen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/CaseworkText.cpp" line="142"/>
        <source>decide as soon as possible</source>
        <translation>fatt vedtak så snart som mulig</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkText.cpp" line="143"/>
        <source>send the preliminary reply</source>
        <translation>send foreløpig svar</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkText.cpp" line="144"/>
        <source>send a reminder</source>
        <translation>send purring</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkText.cpp" line="145"/>
        <source>propose rejection for no reply</source>
        <translation>foreslå avvisning fordi søkeren ikke har svart</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkText.cpp" line="146"/>
        <source>remind the registry manager</source>
        <translation>purr registerforvalteren</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkText.cpp" line="199"/>
        <source>Paused: waiting for the applicant</source>
        <translation>Stanset: venter på søker</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CaseworkText.cpp" line="204"/>
        <source>Overdue %n d · %1</source>
        <translation>
            <numerusform>%n d over fristen · %1</numerusform>
            <numerusform>%n d over fristen · %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/CaseworkText.cpp" line="206"/>
        <source>Paused · answer %1</source>
        <translation>Stanset · svarfrist %1</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkText.cpp" line="207"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkText.cpp" line="218"/>
        <source>%1 %2%3: %4</source>
        <translation>%1 %2%3: %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CaseworkText.cpp" line="224"/>
        <source>%n more dated task(s) on this case</source>
        <translation>
            <numerusform>%n oppgave til med frist i denne saken</numerusform>
            <numerusform>%n oppgaver til med frist i denne saken</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fv::ConditionLibraryDialog</name>
    <message>
        <location filename="../ui/ConditionLibraryDialog.cpp" line="59"/>
        <source>Standard conditions</source>
        <translation>Standardvilkår</translation>
    </message>
    <message>
        <location filename="../ui/ConditionLibraryDialog.cpp" line="68"/>
        <source>a–z, digits and -, e.g. storage</source>
        <translation>a–z, sifre og -, f.eks. storage</translation>
    </message>
    <message>
        <location filename="../ui/ConditionLibraryDialog.cpp" line="73"/>
        <source>&lt;b&gt;Placeholders&lt;/b&gt; are filled in from the application when a draft is made: &lt;tt&gt;{{environment}}&lt;/tt&gt; the storage environment, &lt;tt&gt;{{deletionDate}}&lt;/tt&gt; the date the data are to be deleted or anonymised, &lt;tt&gt;{{projectEnd}}&lt;/tt&gt; the end of the project.</source>
        <translation>&lt;b&gt;Plassholdere&lt;/b&gt; fylles ut fra søknaden når et utkast lages: &lt;tt&gt;{{environment}}&lt;/tt&gt; lagringsmiljøet, &lt;tt&gt;{{deletionDate}}&lt;/tt&gt; datoen opplysningene skal slettes eller anonymiseres, &lt;tt&gt;{{projectEnd}}&lt;/tt&gt; prosjektslutt.</translation>
    </message>
    <message>
        <location filename="../ui/ConditionLibraryDialog.cpp" line="81"/>
        <source>&amp;Code:</source>
        <translation>&amp;Kode:</translation>
    </message>
    <message>
        <location filename="../ui/ConditionLibraryDialog.cpp" line="82"/>
        <source>&amp;Bokmål:</source>
        <translation>&amp;Bokmål:</translation>
    </message>
    <message>
        <location filename="../ui/ConditionLibraryDialog.cpp" line="83"/>
        <source>&amp;Nynorsk:</source>
        <translation>&amp;Nynorsk:</translation>
    </message>
    <message>
        <location filename="../ui/ConditionLibraryDialog.cpp" line="84"/>
        <source>&amp;English:</source>
        <translation>&amp;Engelsk:</translation>
    </message>
    <message>
        <location filename="../ui/ConditionLibraryDialog.cpp" line="86"/>
        <source>Example:</source>
        <translation>Eksempel:</translation>
    </message>
    <message>
        <location filename="../ui/ConditionLibraryDialog.cpp" line="88"/>
        <source>&amp;New condition</source>
        <translation>Nytt &amp;vilkår</translation>
    </message>
    <message>
        <location filename="../ui/ConditionLibraryDialog.cpp" line="89"/>
        <source>&amp;Remove</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <location filename="../ui/ConditionLibraryDialog.cpp" line="90"/>
        <source>Move &amp;up</source>
        <translation>Flytt &amp;opp</translation>
    </message>
    <message>
        <location filename="../ui/ConditionLibraryDialog.cpp" line="91"/>
        <source>Move &amp;down</source>
        <translation>Flytt ne&amp;d</translation>
    </message>
    <message>
        <location filename="../ui/ConditionLibraryDialog.cpp" line="121"/>
        <source>Only an administrator can change the standard conditions.</source>
        <translation>Bare en administrator kan endre standardvilkårene.</translation>
    </message>
    <message>
        <location filename="../ui/ConditionLibraryDialog.cpp" line="144"/>
        <source>(no code)</source>
        <translation>(ingen kode)</translation>
    </message>
    <message>
        <location filename="../ui/ConditionLibraryDialog.cpp" line="193"/>
        <source>Unknown placeholder: %1</source>
        <translation>Ukjent plassholder: %1</translation>
    </message>
    <message>
        <location filename="../ui/ConditionLibraryDialog.cpp" line="234"/>
        <source>The condition %1 uses the unknown placeholder %2; use {{environment}}, {{deletionDate}} or {{projectEnd}}.</source>
        <translation>Vilkåret %1 bruker den ukjente plassholderen %2; bruk {{environment}}, {{deletionDate}} eller {{projectEnd}}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ConditionLibraryDialog.cpp" line="246"/>
        <source>%n standard condition(s) saved; new decision drafts start from them.</source>
        <translation>
            <numerusform>%n standardvilkår er lagret; nye vedtaksutkast tar utgangspunkt i det.</numerusform>
            <numerusform>%n standardvilkår er lagret; nye vedtaksutkast tar utgangspunkt i dem.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fv::ConsultationModel</name>
    <message>
        <location filename="../ui/CaseworkModels.cpp" line="138"/>
        <source>Answered %1</source>
        <translation>Besvart %1</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkModels.cpp" line="139"/>
        <source>Overdue, no answer</source>
        <translation>Over fristen, ikke besvart</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkModels.cpp" line="139"/>
        <source>Waiting</source>
        <translation>Venter</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkModels.cpp" line="161"/>
        <source>Registry</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkModels.cpp" line="162"/>
        <source>Sent</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkModels.cpp" line="163"/>
        <source>Answer due</source>
        <translation>Svarfrist</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkModels.cpp" line="164"/>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkModels.cpp" line="165"/>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location filename="../ui/CaseworkModels.cpp" line="166"/>
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
</context>
<context>
    <name>fv::DataSourceEditor</name>
    <message>
        <location filename="../ui/DataSourceEditor.cpp" line="41"/>
        <source>Remove data source</source>
        <translation>Fjern datakilde</translation>
    </message>
    <message>
        <location filename="../ui/DataSourceEditor.cpp" line="46"/>
        <source>Add</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <location filename="../ui/DataSourceEditor.cpp" line="49"/>
        <source>Choose a registry…</source>
        <translation>Velg et register …</translation>
    </message>
    <message>
        <location filename="../ui/DataSourceEditor.cpp" line="55"/>
        <source>A variable not in the list</source>
        <translation>En variabel som ikke står i listen</translation>
    </message>
    <message>
        <location filename="../ui/DataSourceEditor.cpp" line="57"/>
        <source>Why the project needs these variables</source>
        <translation>Hvorfor prosjektet trenger disse variablene</translation>
    </message>
    <message>
        <location filename="../ui/DataSourceEditor.cpp" line="84"/>
        <source>Registry:</source>
        <translation>Register:</translation>
    </message>
    <message>
        <location filename="../ui/DataSourceEditor.cpp" line="90"/>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <location filename="../ui/DataSourceEditor.cpp" line="93"/>
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <location filename="../ui/DataSourceEditor.cpp" line="101"/>
        <source>Tick the variables the applicant asks for. Others can be added:</source>
        <translation>Kryss av for variablene søkeren ber om. Andre kan legges til:</translation>
    </message>
    <message>
        <location filename="../ui/DataSourceEditor.cpp" line="112"/>
        <source>Variables:</source>
        <translation>Variabler:</translation>
    </message>
    <message>
        <location filename="../ui/DataSourceEditor.cpp" line="113"/>
        <source>Justification:</source>
        <translation>Begrunnelse:</translation>
    </message>
    <message>
        <location filename="../ui/DataSourceEditor.cpp" line="164"/>
        <source>Not in the registry&apos;s catalogue</source>
        <translation>Finnes ikke i registerets variabelliste</translation>
    </message>
    <message>
        <location filename="../ui/DataSourceEditor.cpp" line="207"/>
        <location filename="../ui/DataSourceEditor.cpp" line="209"/>
        <source>Data source %1</source>
        <translation>Datakilde %1</translation>
    </message>
    <message>
        <location filename="../ui/DataSourceEditor.cpp" line="210"/>
        <source>%1 › Registry</source>
        <translation>%1 › Register</translation>
    </message>
    <message>
        <location filename="../ui/DataSourceEditor.cpp" line="212"/>
        <source>%1 › Period from</source>
        <translation>%1 › Periode fra</translation>
    </message>
    <message>
        <location filename="../ui/DataSourceEditor.cpp" line="212"/>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location filename="../ui/DataSourceEditor.cpp" line="213"/>
        <source>%1 › Period to</source>
        <translation>%1 › Periode til</translation>
    </message>
    <message>
        <location filename="../ui/DataSourceEditor.cpp" line="214"/>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <location filename="../ui/DataSourceEditor.cpp" line="215"/>
        <source>%1 › Variables</source>
        <translation>%1 › Variabler</translation>
    </message>
    <message>
        <location filename="../ui/DataSourceEditor.cpp" line="217"/>
        <source>%1 › Justification</source>
        <translation>%1 › Begrunnelse</translation>
    </message>
</context>
<context>
    <name>fv::DateField</name>
    <message>
        <location filename="../ui/DateField.cpp" line="24"/>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.åååå</translation>
    </message>
    <message>
        <location filename="../ui/DateField.cpp" line="29"/>
        <source>Pick a date</source>
        <translation>Velg en dato</translation>
    </message>
</context>
<context>
    <name>fv::DecisionConditionModel</name>
    <message>
        <location filename="../ui/DecisionEditorModels.cpp" line="391"/>
        <source>Own condition for this decision</source>
        <translation>Eget vilkår for dette vedtaket</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorModels.cpp" line="392"/>
        <source>Standard condition “%1”</source>
        <translation>Standardvilkår «%1»</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorModels.cpp" line="427"/>
        <source>Add condition</source>
        <translation>Legg til vilkår</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorModels.cpp" line="431"/>
        <source>Remove condition</source>
        <translation>Fjern vilkår</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorModels.cpp" line="440"/>
        <source>Change condition</source>
        <translation>Endre vilkår</translation>
    </message>
</context>
<context>
    <name>fv::DecisionEditor</name>
    <message>
        <location filename="../ui/DecisionEditor.cpp" line="51"/>
        <source>&amp;Registries and variables</source>
        <translation>&amp;Registre og variabler</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditor.cpp" line="52"/>
        <source>E&amp;xemption and reasons</source>
        <translation>&amp;Dispensasjon og begrunnelse</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditor.cpp" line="53"/>
        <source>&amp;Conditions</source>
        <translation>&amp;Vilkår</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditor.cpp" line="54"/>
        <source>&amp;Fee</source>
        <translation>&amp;Gebyr</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditor.cpp" line="89"/>
        <location filename="../ui/DecisionEditor.cpp" line="189"/>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditor.cpp" line="91"/>
        <source>Re&amp;do</source>
        <translation>Gjør &amp;om</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditor.cpp" line="97"/>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>Angre: %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditor.cpp" line="99"/>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation>Gjør om: %1 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditor.cpp" line="104"/>
        <location filename="../ui/DecisionEditor.cpp" line="197"/>
        <source>&amp;Save draft</source>
        <translation>&amp;Lagre utkast</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditor.cpp" line="106"/>
        <source>Save the draft (Ctrl+S)</source>
        <translation>Lagre utkastet (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditor.cpp" line="109"/>
        <source>C&amp;lose</source>
        <translation>Lu&amp;kk</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditor.cpp" line="146"/>
        <source>case %1 has no decision yet; make a draft first (Ctrl+D)</source>
        <translation>sak %1 har ikke noe vedtak ennå; lag et utkast først (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditor.cpp" line="171"/>
        <source>This is version %1, kept for the record; it can only be read.</source>
        <translation>Dette er versjon %1, som er tatt vare på som dokumentasjon; den kan bare leses.</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditor.cpp" line="173"/>
        <source>The draft is waiting for approval and can no longer be edited; the decision-maker can return it.</source>
        <translation>Utkastet venter på godkjenning og kan ikke lenger redigeres; beslutningstakeren kan returnere det.</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditor.cpp" line="175"/>
        <source>This decision is approved and locked; it can only be read.</source>
        <translation>Dette vedtaket er godkjent og låst; det kan bare leses.</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditor.cpp" line="177"/>
        <source>This decision has been replaced by a later one; it can only be read.</source>
        <translation>Dette vedtaket er erstattet av et senere vedtak; det kan bare leses.</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditor.cpp" line="179"/>
        <source>Only an adviser or a lawyer can edit the decision draft; you can read it.</source>
        <translation>Bare en rådgiver eller en jurist kan redigere vedtaksutkastet; du kan lese det.</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditor.cpp" line="181"/>
        <source>The database is open read-only; the draft can only be read.</source>
        <translation>Databasen er åpnet skrivebeskyttet; utkastet kan bare leses.</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditor.cpp" line="193"/>
        <source>&amp;Redo</source>
        <translation>Gjør &amp;om</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditor.cpp" line="195"/>
        <location filename="../ui/DecisionEditor.cpp" line="319"/>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditor.cpp" line="195"/>
        <location filename="../ui/DecisionEditor.cpp" line="319"/>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditor.cpp" line="250"/>
        <source>This decision cannot be changed here: %1</source>
        <translation>Dette vedtaket kan ikke endres her: %1</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditor.cpp" line="266"/>
        <source>The draft of %1 is saved.</source>
        <translation>Utkastet i %1 er lagret.</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditor.cpp" line="270"/>
        <source>The draft is saved, but the letter gives no reason for: %1.</source>
        <translation>Utkastet er lagret, men brevet gir ingen begrunnelse for: %1.</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditor.cpp" line="284"/>
        <source>%1 is %2</source>
        <translation>%1 er %2</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditor.cpp" line="287"/>
        <source>the variable %1 in %2</source>
        <translation>variabelen %1 i %2</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditor.cpp" line="294"/>
        <source>read only</source>
        <translation>skrivebeskyttet</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditor.cpp" line="294"/>
        <source>draft</source>
        <translation>utkast</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditor.cpp" line="296"/>
        <source>Decision in case %1, version %2 (%3)[*]</source>
        <translation>Vedtak i sak %1, versjon %2 (%3)[*]</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditor.cpp" line="305"/>
        <source>Unsaved changes</source>
        <translation>Ulagrede endringer</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditor.cpp" line="306"/>
        <source>The draft of %1 has changes that are not saved. Close and throw them away?</source>
        <translation>Utkastet i %1 har endringer som ikke er lagret. Vil du lukke og forkaste dem?</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorPages.cpp" line="40"/>
        <source>Legal basis (personal data)</source>
        <translation>Rettslig grunnlag (personopplysninger)</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorPages.cpp" line="42"/>
        <source>Legal basis (anonymous data)</source>
        <translation>Rettslig grunnlag (anonyme opplysninger)</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorPages.cpp" line="44"/>
        <source>Reasons for granting</source>
        <translation>Begrunnelse for innvilgelse</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorPages.cpp" line="46"/>
        <location filename="../ui/DecisionEditorPages.cpp" line="137"/>
        <source>Legal basis of the exemption</source>
        <translation>Hjemmel for dispensasjonen</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorPages.cpp" line="48"/>
        <location filename="../ui/DecisionEditorPages.cpp" line="139"/>
        <source>Reasons for the exemption</source>
        <translation>Begrunnelse for dispensasjonen</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorPages.cpp" line="87"/>
        <source>&amp;An exemption from the duty of confidentiality is needed</source>
        <translation>Dispensasjon fra taushetsplikt er &amp;nødvendig</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorPages.cpp" line="88"/>
        <source>Not for anonymous data: they are not subject to confidentiality</source>
        <translation>Ikke for anonyme opplysninger: de er ikke underlagt taushetsplikt</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorPages.cpp" line="90"/>
        <source>Granted</source>
        <translation>Innvilget</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorPages.cpp" line="91"/>
        <source>Not granted</source>
        <translation>Ikke innvilget</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorPages.cpp" line="114"/>
        <source>Exemption from the duty of confidentiality</source>
        <translation>Dispensasjon fra taushetsplikt</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorPages.cpp" line="117"/>
        <source>Decis&amp;ion:</source>
        <translation>V&amp;edtak:</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorPages.cpp" line="118"/>
        <source>Legal &amp;basis:</source>
        <translation>&amp;Hjemmel:</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorPages.cpp" line="120"/>
        <source>Reaso&amp;ns:</source>
        <translation>&amp;Begrunnelse:</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorPages.cpp" line="123"/>
        <source>Le&amp;gal basis of the decision</source>
        <translation>Re&amp;ttslig grunnlag for vedtaket</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorPages.cpp" line="126"/>
        <source>Reasons: the facts and main considera&amp;tions (fvl. §§ 24–25)</source>
        <translation>Begrunnelse: &amp;faktiske forhold og hovedhensyn (fvl. §§ 24–25)</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorPages.cpp" line="141"/>
        <source>Legal basis</source>
        <translation>Rettslig grunnlag</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorPages.cpp" line="144"/>
        <source>Reasons</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorPages.cpp" line="147"/>
        <source>Exemption needed</source>
        <translation>Dispensasjon nødvendig</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorPages.cpp" line="147"/>
        <source>No exemption needed</source>
        <translation>Dispensasjon ikke nødvendig</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorPages.cpp" line="152"/>
        <source>Exemption granted</source>
        <translation>Dispensasjon innvilget</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorPages.cpp" line="152"/>
        <source>Exemption not granted</source>
        <translation>Dispensasjon ikke innvilget</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorPages.cpp" line="161"/>
        <location filename="../ui/DecisionEditorPages.cpp" line="193"/>
        <source>Insert standard text</source>
        <translation>Sett inn standardtekst</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorPages.cpp" line="281"/>
        <source>&amp;Add own condition…</source>
        <translation>Legg til &amp;eget vilkår …</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorPages.cpp" line="281"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorPages.cpp" line="283"/>
        <source>Move u&amp;p</source>
        <translation>Flytt o&amp;pp</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorPages.cpp" line="283"/>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorPages.cpp" line="284"/>
        <source>Move do&amp;wn</source>
        <translation>Flytt &amp;ned</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorPages.cpp" line="284"/>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorPages.cpp" line="285"/>
        <source>R&amp;emove</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorPages.cpp" line="296"/>
        <source>Checked conditions are in the decision, in this order; the library&apos;s other standard conditions follow, unchecked. The texts are in the letter&apos;s language with the application&apos;s details filled in. F2 changes a text for this decision only.</source>
        <translation>Avkryssede vilkår tas med i vedtaket, i denne rekkefølgen; de andre standardvilkårene i biblioteket følger etter, uten kryss. Tekstene er på brevets målform, med opplysningene fra søknaden fylt inn. F2 endrer en tekst bare for dette vedtaket.</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorPages.cpp" line="309"/>
        <source>Own condition</source>
        <translation>Eget vilkår</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorPages.cpp" line="309"/>
        <source>The condition as the letter states it (in the letter&apos;s language):</source>
        <translation>Vilkåret slik det står i brevet (på brevets målform):</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorPages.cpp" line="313"/>
        <source>Add own condition</source>
        <translation>Legg til eget vilkår</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorPages.cpp" line="327"/>
        <source>Move condition up</source>
        <translation>Flytt vilkår opp</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorPages.cpp" line="327"/>
        <source>Move condition down</source>
        <translation>Flytt vilkår ned</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorPages.cpp" line="337"/>
        <source>Remove condition</source>
        <translation>Fjern vilkår</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorPages.cpp" line="350"/>
        <source> h</source>
        <translation> t</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorPages.cpp" line="365"/>
        <source>&amp;Hours of case work:</source>
        <translation>&amp;Timer saksbehandling:</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorPages.cpp" line="366"/>
        <source>Fee &amp;exemption:</source>
        <translation>Gebyr&amp;fritak:</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorPages.cpp" line="367"/>
        <source>Fee:</source>
        <translation>Gebyr:</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorPages.cpp" line="371"/>
        <source>HDS&apos;s own fee: a base price by the number of sources and every started hour of case work. It is fixed at approval with the prices in force that day; registry managers invoice their own work separately.</source>
        <translation>HDS&apos; eget gebyr: en grunnpris etter antall kilder og hver påbegynte time med saksbehandling. Gebyret fastsettes ved godkjenning etter prisene som gjelder den dagen; registerforvalterne fakturerer sitt eget arbeid separat.</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorPages.cpp" line="380"/>
        <source>Hours of case work</source>
        <translation>Timer saksbehandling</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorPages.cpp" line="385"/>
        <source>Fee exemption</source>
        <translation>Gebyrfritak</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorPreview.cpp" line="34"/>
        <source>nynorsk</source>
        <translation>nynorsk</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorPreview.cpp" line="35"/>
        <source>English</source>
        <translation>engelsk</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorPreview.cpp" line="38"/>
        <source>bokmål</source>
        <translation>bokmål</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorPreview.cpp" line="44"/>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorPreview.cpp" line="45"/>
        <source>Awaiting approval</source>
        <translation>Til godkjenning</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorPreview.cpp" line="46"/>
        <source>Approved</source>
        <translation>Godkjent</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorPreview.cpp" line="47"/>
        <source>Superseded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorPreview.cpp" line="55"/>
        <source>granted</source>
        <translation>innvilget</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorPreview.cpp" line="56"/>
        <source>partly granted</source>
        <translation>delvis innvilget</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorPreview.cpp" line="57"/>
        <source>refused</source>
        <translation>avslått</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorPreview.cpp" line="64"/>
        <source>NOK %1</source>
        <translation>kr %1</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorPreview.cpp" line="85"/>
        <source>&lt;b&gt;The letter as it will read&lt;/b&gt; (%1) – %2. Letterhead and page footer are added when printed.</source>
        <translation>&lt;b&gt;Brevet slik det vil se ut&lt;/b&gt; (%1) – %2. Brevhode og bunntekst legges til ved utskrift.</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorPreview.cpp" line="88"/>
        <source>this version, as saved</source>
        <translation>denne versjonen, slik den er lagret</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorPreview.cpp" line="88"/>
        <source>updated as you edit</source>
        <translation>oppdateres mens du redigerer</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorPreview.cpp" line="140"/>
        <source>&lt;b&gt;Case %1&lt;/b&gt; · decision version %2 · &lt;b&gt;%3&lt;/b&gt; · overall result: &lt;b&gt;%4&lt;/b&gt; · fee: %5</source>
        <translation>&lt;b&gt;Sak %1&lt;/b&gt; · vedtaksversjon %2 · &lt;b&gt;%3&lt;/b&gt; · samlet resultat: &lt;b&gt;%4&lt;/b&gt; · gebyr: %5</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorPreview.cpp" line="145"/>
        <source>Returned with the comment: %1</source>
        <translation>Returnert med kommentaren: %1</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorPreview.cpp" line="150"/>
        <source>Still without a reason: %1</source>
        <translation>Mangler fortsatt begrunnelse: %1</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorPreview.cpp" line="159"/>
        <source>&lt;b&gt;%1&lt;/b&gt;, fixed at approval with the prices from %2.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, fastsatt ved godkjenning etter prisene fra %2.</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorPreview.cpp" line="162"/>
        <source>No price table could be read; the fee cannot be computed.</source>
        <translation>Ingen pristabell kunne leses; gebyret kan ikke beregnes.</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorPreview.cpp" line="167"/>
        <source>Prices in force today, from %1.</source>
        <translation>Prisene som gjelder i dag, fra %1.</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorPreview.cpp" line="168"/>
        <source>The built-in prices (no price table is stored).</source>
        <translation>De innebygde prisene (ingen pristabell er lagret).</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorPreview.cpp" line="170"/>
        <source>&lt;b&gt;No fee&lt;/b&gt;: %1.</source>
        <translation>&lt;b&gt;Intet gebyr&lt;/b&gt;: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/DecisionEditorPreview.cpp" line="171"/>
        <source>&lt;b&gt;%1&lt;/b&gt; = base price %2 for %n source(s) + %3 started hour(s) × %4.&lt;br&gt;%5</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; = grunnpris %2 for %n kilde + %3 × %4 per påbegynt time.&lt;br&gt;%5</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; = grunnpris %2 for %n kilder + %3 × %4 per påbegynt time.&lt;br&gt;%5</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorRegistries.cpp" line="53"/>
        <source>Reason for the registry</source>
        <translation>Begrunnelse for registeret</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorRegistries.cpp" line="84"/>
        <source>F2 or a double-click changes the outcome, period or reason</source>
        <translation>F2 eller dobbeltklikk endrer utfall, periode eller begrunnelse</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorRegistries.cpp" line="107"/>
        <source>Why the registry is refused, partly granted or forwarded</source>
        <translation>Hvorfor registeret er avslått, delvis innvilget eller videresendt</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorRegistries.cpp" line="116"/>
        <source>Uncheck (space) a variable that is not granted and write why.</source>
        <translation>Fjern krysset (mellomrom) for en variabel som ikke innvilges, og skriv hvorfor.</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorRegistries.cpp" line="145"/>
        <source>&lt;b&gt;&amp;Variables from %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Var&amp;iabler fra %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorRegistries.cpp" line="146"/>
        <source>&lt;b&gt;Reaso&amp;n for %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;&amp;Begrunnelse for %1&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>fv::DecisionEntryModel</name>
    <message>
        <location filename="../ui/DecisionEntryModel.cpp" line="25"/>
        <source>Granted</source>
        <translation>Innvilget</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEntryModel.cpp" line="26"/>
        <source>Partly granted</source>
        <translation>Delvis innvilget</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEntryModel.cpp" line="27"/>
        <source>Refused</source>
        <translation>Avslått</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEntryModel.cpp" line="28"/>
        <source>Forwarded to the registry manager</source>
        <translation>Videresendt til registerforvalter</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEntryModel.cpp" line="67"/>
        <source>  (removed: %1)</source>
        <translation>  (fjernet: %1)</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEntryModel.cpp" line="90"/>
        <source>Registry</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEntryModel.cpp" line="91"/>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEntryModel.cpp" line="92"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEntryModel.cpp" line="93"/>
        <source>Variables</source>
        <translation>Variabler</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEntryModel.cpp" line="94"/>
        <source>Reason</source>
        <translation>Begrunnelse</translation>
    </message>
</context>
<context>
    <name>fv::DecisionRegistryModel</name>
    <message>
        <location filename="../ui/DecisionEditorModels.cpp" line="107"/>
        <source>%1 of %2 variables granted</source>
        <translation>%1 av %2 variabler innvilget</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorModels.cpp" line="142"/>
        <source>Registry</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorModels.cpp" line="143"/>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorModels.cpp" line="144"/>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorModels.cpp" line="145"/>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorModels.cpp" line="146"/>
        <source>Variables</source>
        <translation>Variabler</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorModels.cpp" line="147"/>
        <source>Reason</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorModels.cpp" line="173"/>
        <source>Outcome of %1</source>
        <translation>Utfall for %1</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorModels.cpp" line="182"/>
        <source>Period of %1</source>
        <translation>Periode for %1</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorModels.cpp" line="192"/>
        <source>Reason for %1</source>
        <translation>Begrunnelse for %1</translation>
    </message>
</context>
<context>
    <name>fv::DecisionVariableModel</name>
    <message>
        <location filename="../ui/DecisionEditorModels.cpp" line="253"/>
        <source>Granted; uncheck to take it out of the decision</source>
        <translation>Innvilget; fjern krysset for å ta den ut av vedtaket</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorModels.cpp" line="254"/>
        <source>Not granted; check to grant it after all</source>
        <translation>Ikke innvilget; kryss av for å innvilge den likevel</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorModels.cpp" line="266"/>
        <source>Why is it not granted? (F2 to write)</source>
        <translation>Hvorfor innvilges den ikke? (F2 for å skrive)</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorModels.cpp" line="283"/>
        <source>Variable</source>
        <translation>Variabel</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorModels.cpp" line="283"/>
        <source>Why it is not granted</source>
        <translation>Hvorfor den ikke innvilges</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorModels.cpp" line="309"/>
        <source>Grant %1</source>
        <translation>Innvilg %1</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorModels.cpp" line="309"/>
        <source>Take out %1</source>
        <translation>Ta ut %1</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEditorModels.cpp" line="320"/>
        <source>Why %1 is not granted</source>
        <translation>Hvorfor %1 ikke innvilges</translation>
    </message>
</context>
<context>
    <name>fv::DecisionVersionsView</name>
    <message>
        <location filename="../ui/DecisionVersionsView.cpp" line="28"/>
        <source>&amp;Show version…</source>
        <translation>Vis ve&amp;rsjon …</translation>
    </message>
    <message>
        <location filename="../ui/DecisionVersionsView.cpp" line="33"/>
        <source>Version</source>
        <translation>Versjon</translation>
    </message>
    <message>
        <location filename="../ui/DecisionVersionsView.cpp" line="33"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/DecisionVersionsView.cpp" line="33"/>
        <source>Drafted</source>
        <translation>Utarbeidet</translation>
    </message>
    <message>
        <location filename="../ui/DecisionVersionsView.cpp" line="33"/>
        <source>Submitted</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <location filename="../ui/DecisionVersionsView.cpp" line="33"/>
        <location filename="../ui/DecisionVersionsView.cpp" line="58"/>
        <source>Approved</source>
        <translation>Godkjent</translation>
    </message>
    <message>
        <location filename="../ui/DecisionVersionsView.cpp" line="36"/>
        <source>Show the chosen version and its letter, read-only (Enter)</source>
        <translation>Vis valgt versjon og brevet, skrivebeskyttet (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/DecisionVersionsView.cpp" line="43"/>
        <source>&lt;b&gt;Versions of the decision&lt;/b&gt; (all are kept)</source>
        <translation>&lt;b&gt;Versjoner av vedtaket&lt;/b&gt; (alle tas vare på)</translation>
    </message>
    <message>
        <location filename="../ui/DecisionVersionsView.cpp" line="56"/>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <location filename="../ui/DecisionVersionsView.cpp" line="57"/>
        <source>Submitted for approval</source>
        <translation>Sendt til godkjenning</translation>
    </message>
    <message>
        <location filename="../ui/DecisionVersionsView.cpp" line="59"/>
        <source>Superseded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <location filename="../ui/DecisionVersionsView.cpp" line="80"/>
        <source>The current version</source>
        <translation>Gjeldende versjon</translation>
    </message>
</context>
<context>
    <name>fv::Fees</name>
    <message>
        <location filename="../core/decision/Fees.cpp" line="40"/>
        <source>No exemption</source>
        <translation>Ikke fritak</translation>
    </message>
    <message>
        <location filename="../core/decision/Fees.cpp" line="42"/>
        <source>Student asking for aggregated anonymous data</source>
        <translation>Student som ber om aggregerte, anonyme opplysninger</translation>
    </message>
    <message>
        <location filename="../core/decision/Fees.cpp" line="44"/>
        <source>Data update after the original decision</source>
        <translation>Oppdatering av data etter det opprinnelige vedtaket</translation>
    </message>
    <message>
        <location filename="../core/decision/Fees.cpp" line="45"/>
        <source>Appeal</source>
        <translation>Klage</translation>
    </message>
</context>
<context>
    <name>fv::LetterChoice</name>
    <message>
        <location filename="../ui/LetterChoice.cpp" line="19"/>
        <source>Decision</source>
        <translation>Vedtak</translation>
    </message>
    <message>
        <location filename="../ui/LetterChoice.cpp" line="20"/>
        <source>Receipt</source>
        <translation>Kvittering</translation>
    </message>
    <message>
        <location filename="../ui/LetterChoice.cpp" line="21"/>
        <source>Request for information</source>
        <translation>Anmodning om opplysninger</translation>
    </message>
    <message>
        <location filename="../ui/LetterChoice.cpp" line="22"/>
        <source>Reminder</source>
        <translation>Purring</translation>
    </message>
    <message>
        <location filename="../ui/LetterChoice.cpp" line="23"/>
        <source>Preliminary reply</source>
        <translation>Foreløpig svar</translation>
    </message>
    <message>
        <location filename="../ui/LetterChoice.cpp" line="25"/>
        <source>Forwarding to the registry manager</source>
        <translation>Oversendelse til registerforvalteren</translation>
    </message>
    <message>
        <location filename="../ui/LetterChoice.cpp" line="27"/>
        <source>Notice to the registry manager</source>
        <translation>Melding til registerforvalteren</translation>
    </message>
    <message>
        <location filename="../ui/LetterChoice.cpp" line="77"/>
        <source>&amp;Letter:</source>
        <translation>&amp;Brev:</translation>
    </message>
    <message>
        <location filename="../ui/LetterChoice.cpp" line="78"/>
        <source>L&amp;anguage:</source>
        <translation>S&amp;pråk:</translation>
    </message>
</context>
<context>
    <name>fv::LetterTemplateDialog</name>
    <message>
        <location filename="../ui/LetterTemplateDialog.cpp" line="36"/>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <location filename="../ui/LetterTemplateDialog.cpp" line="37"/>
        <source>&amp;Reset to standard</source>
        <translation>&amp;Tilbakestill til standard</translation>
    </message>
    <message>
        <location filename="../ui/LetterTemplateDialog.cpp" line="41"/>
        <location filename="../ui/LetterTemplateDialog.cpp" line="123"/>
        <source>Letter templates</source>
        <translation>Brevmaler</translation>
    </message>
    <message>
        <location filename="../ui/LetterTemplateDialog.cpp" line="67"/>
        <source>&amp;Letter:</source>
        <translation>&amp;Brev:</translation>
    </message>
    <message>
        <location filename="../ui/LetterTemplateDialog.cpp" line="72"/>
        <source>L&amp;anguage:</source>
        <translation>S&amp;pråk:</translation>
    </message>
    <message>
        <location filename="../ui/LetterTemplateDialog.cpp" line="79"/>
        <source>a sample case</source>
        <translation>en eksempelsak</translation>
    </message>
    <message>
        <location filename="../ui/LetterTemplateDialog.cpp" line="79"/>
        <source>case %1</source>
        <translation>sak %1</translation>
    </message>
    <message>
        <location filename="../ui/LetterTemplateDialog.cpp" line="81"/>
        <source>The letter body as a Mustache template in HTML. {{name}} prints a value from the case, always as plain text; {{#name}}…{{/name}} repeats or shows a part. The preview shows %1.</source>
        <translation>Brevteksten som Mustache-mal i HTML. {{navn}} skriver en verdi fra saken, alltid som ren tekst; {{#navn}}…{{/navn}} gjentar eller viser en del. Forhåndsvisningen viser %1.</translation>
    </message>
    <message>
        <location filename="../ui/LetterTemplateDialog.cpp" line="85"/>
        <source>Only an administrator can change letter templates. The preview shows %1.</source>
        <translation>Bare en administrator kan endre brevmaler. Forhåndsvisningen viser %1.</translation>
    </message>
    <message>
        <location filename="../ui/LetterTemplateDialog.cpp" line="123"/>
        <source>Discard the changes to this template?</source>
        <translation>Forkaste endringene i denne malen?</translation>
    </message>
    <message>
        <location filename="../ui/LetterTemplateDialog.cpp" line="153"/>
        <source>Changed by %1 on %2</source>
        <translation>Endret av %1 %2</translation>
    </message>
    <message>
        <location filename="../ui/LetterTemplateDialog.cpp" line="156"/>
        <source>Standard template</source>
        <translation>Standardmal</translation>
    </message>
    <message>
        <location filename="../ui/LetterTemplateDialog.cpp" line="204"/>
        <source>Saved. Letters of this kind in %1 now use this template.</source>
        <translation>Lagret. Brev av denne typen på %1 bruker nå denne malen.</translation>
    </message>
    <message>
        <location filename="../ui/LetterTemplateDialog.cpp" line="210"/>
        <source>Reset to standard</source>
        <translation>Tilbakestill til standard</translation>
    </message>
    <message>
        <location filename="../ui/LetterTemplateDialog.cpp" line="211"/>
        <source>Replace this template with the standard one? Your changes to it are lost.</source>
        <translation>Erstatte denne malen med standardmalen? Endringene dine i den går tapt.</translation>
    </message>
    <message>
        <location filename="../ui/LetterTemplateDialog.cpp" line="219"/>
        <source>The standard template is used again.</source>
        <translation>Standardmalen brukes igjen.</translation>
    </message>
</context>
<context>
    <name>fv::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="52"/>
        <source>Fellesvedtak – Helsedataservice</source>
        <translation>Fellesvedtak – Helsedataservice</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="83"/>
        <source>&amp;New database…</source>
        <translation>&amp;Ny database …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="84"/>
        <source>New &amp;demo database…</source>
        <translation>Ny &amp;demodatabase …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="86"/>
        <source>&amp;Open database…</source>
        <translation>Å&amp;pne database …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="87"/>
        <source>&amp;Import applications…</source>
        <translation>&amp;Importer søknader …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="87"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="89"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="90"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Oppdater</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="92"/>
        <source>Make decision &amp;draft</source>
        <translation>Lag vedtaks&amp;utkast</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="92"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="93"/>
        <source>&amp;Submit for approval</source>
        <translation>&amp;Send til godkjenning</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="93"/>
        <source>Ctrl+Shift+G</source>
        <translation>Ctrl+Shift+G</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="96"/>
        <source>&amp;Approve decision</source>
        <translation>&amp;Godkjenn vedtak</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="96"/>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="97"/>
        <source>&amp;Return to drafter…</source>
        <translation>&amp;Returner til saksbehandler …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="99"/>
        <source>&amp;Print decision letter…</source>
        <translation>Skriv &amp;ut vedtaksbrev …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="100"/>
        <source>Save decision letter as P&amp;DF…</source>
        <translation>Lagre vedtaksbrev som P&amp;DF …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="100"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="102"/>
        <source>&amp;About Fellesvedtak</source>
        <translation>&amp;Om Fellesvedtak</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="109"/>
        <source>&amp;Statistics…</source>
        <translation>&amp;Statistikk …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="109"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="132"/>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="142"/>
        <source>&amp;Case</source>
        <translation>&amp;Sak</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="150"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="154"/>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="156"/>
        <source>&amp;Administration</source>
        <translation>&amp;Administrasjon</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="157"/>
        <source>&amp;Registry catalogue…</source>
        <translation>&amp;Registerkatalog …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="159"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="161"/>
        <source>Case</source>
        <translation>Sak</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="187"/>
        <source>Search cases: number, reference, title, name, institution, variable…</source>
        <translation>Søk i saker: nummer, referanse, tittel, navn, institusjon, variabel …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="223"/>
        <source>&amp;Work queue</source>
        <translation>Arbeids&amp;liste</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="224"/>
        <source>&amp;Cases</source>
        <translation>Sa&amp;ker</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="254"/>
        <source>%1 (%2) · %3</source>
        <translation>%1 (%2) · %3</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="345"/>
        <source>The legal assessment is not finished: %1</source>
        <translation>Den juridiske vurderingen er ikke ferdig: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="351"/>
        <source>You drafted this decision; another decision-maker must approve it.</source>
        <translation>Du har utarbeidet dette vedtaket; en annen beslutningstaker må godkjenne det.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="379"/>
        <source>Decision draft made for %1</source>
        <translation>Vedtaksutkast laget for %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="388"/>
        <source>%1 submitted for approval</source>
        <translation>%1 er sendt til godkjenning</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="394"/>
        <source>Approve decision</source>
        <translation>Godkjenn vedtak</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="395"/>
        <source>Approve the joint decision in case %1? An approved decision is locked.</source>
        <translation>Godkjenne det felles vedtaket i sak %1? Et godkjent vedtak låses.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="401"/>
        <source>Decision in %1 approved</source>
        <translation>Vedtaket i %1 er godkjent</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="407"/>
        <source>Return to drafter</source>
        <translation>Returner til saksbehandler</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="407"/>
        <source>Why does the draft go back?</source>
        <translation>Hvorfor returneres utkastet?</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="411"/>
        <source>Draft in %1 returned</source>
        <translation>Utkastet i %1 er returnert</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="441"/>
        <source>Save decision letter as PDF</source>
        <translation>Lagre vedtaksbrev som PDF</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="441"/>
        <location filename="../ui/MainWindowLetters.cpp" line="141"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="454"/>
        <location filename="../ui/MainWindowLetters.cpp" line="146"/>
        <source>Saved %1</source>
        <translation>Lagret %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFiles.cpp" line="19"/>
        <source>New case database</source>
        <translation>Ny saksdatabase</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFiles.cpp" line="19"/>
        <location filename="../ui/MainWindowFiles.cpp" line="28"/>
        <source>Case databases (*.db)</source>
        <translation>Saksdatabaser (*.db)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFiles.cpp" line="22"/>
        <source>New database %1</source>
        <translation>Ny database %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFiles.cpp" line="28"/>
        <source>New demo database</source>
        <translation>Ny demodatabase</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFiles.cpp" line="31"/>
        <source>Demo database %1</source>
        <translation>Demodatabase %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFiles.cpp" line="37"/>
        <source>Open case database</source>
        <translation>Åpne saksdatabase</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFiles.cpp" line="37"/>
        <source>Case databases (*.db);;All files (*)</source>
        <translation>Saksdatabaser (*.db);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFiles.cpp" line="43"/>
        <source>Opened %1</source>
        <translation>Åpnet %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFiles.cpp" line="48"/>
        <source>Import applications</source>
        <translation>Importer søknader</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFiles.cpp" line="48"/>
        <source>Applications (*.json)</source>
        <translation>Søknader (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowAttachments.cpp" line="19"/>
        <source>Attach %1 (never health data)</source>
        <translation>Legg ved %1 (aldri helseopplysninger)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowAttachments.cpp" line="20"/>
        <source>Documents (*.pdf *.docx *.odt *.txt);;All files (*)</source>
        <translation>Dokumenter (*.pdf *.docx *.odt *.txt);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowAttachments.cpp" line="25"/>
        <location filename="../ui/MainWindowFiles.cpp" line="56"/>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: kan ikke lese filen: %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowAttachments.cpp" line="30"/>
        <source>%1: the file is larger than the 20 MB limit for attachments</source>
        <translation>%1: filen er større enn grensen på 20 MB for vedlegg</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowAttachments.cpp" line="38"/>
        <source>%1 attached; its SHA-256 matches the application</source>
        <translation>%1 er lagt ved; SHA-256-summen stemmer med søknaden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowAttachments.cpp" line="58"/>
        <source>%1: cannot write a copy to open: %2</source>
        <translation>%1: kan ikke skrive en kopi som kan åpnes: %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowAttachments.cpp" line="64"/>
        <source>No program to open %1; a copy is in %2</source>
        <translation>Fant ikke noe program som kan åpne %1; en kopi ligger i %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFiles.cpp" line="69"/>
        <source>%1 of %2 files imported. Refused:
%3</source>
        <translation>%1 av %2 filer importert. Avvist:
%3</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindowFiles.cpp" line="75"/>
        <source>Imported %n application(s): %1</source>
        <translation>
            <numerusform>Importerte %n søknad: %1</numerusform>
            <numerusform>Importerte %n søknader: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFiles.cpp" line="101"/>
        <source>About Fellesvedtak</source>
        <translation>Om Fellesvedtak</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFiles.cpp" line="102"/>
        <source>&lt;h3&gt;Fellesvedtak %1&lt;/h3&gt;&lt;p&gt;Casework for Helsedataservice: one joint decision on access to the central health registries, with exemption from the duty of confidentiality.&lt;/p&gt;&lt;p&gt;The case database holds application and case data only – never health data.&lt;/p&gt;&lt;p&gt;Licence: EUPL-1.2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Fellesvedtak %1&lt;/h3&gt;&lt;p&gt;Saksbehandling for Helsedataservice: ett felles vedtak om tilgang til de sentrale helseregistrene, med dispensasjon fra taushetsplikt.&lt;/p&gt;&lt;p&gt;Saksdatabasen inneholder bare søknads- og saksopplysninger – aldri helseopplysninger.&lt;/p&gt;&lt;p&gt;Lisens: EUPL-1.2&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowDecision.cpp" line="22"/>
        <source>&amp;Edit decision draft…</source>
        <translation>Rediger &amp;vedtaksutkast …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowDecision.cpp" line="24"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowDecision.cpp" line="26"/>
        <source>Standard &amp;conditions…</source>
        <translation>Standard&amp;vilkår …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowDecision.cpp" line="29"/>
        <source>&amp;Prices…</source>
        <translation>&amp;Priser …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowDecision.cpp" line="46"/>
        <source>Edit the outcomes, texts, conditions and fee of the draft (Ctrl+E)</source>
        <translation>Rediger utfall, tekster, vilkår og gebyr i utkastet (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowDecision.cpp" line="48"/>
        <source>Only a draft can be edited, by an adviser or a lawyer; the decision&apos;s versions can be shown from the decision page</source>
        <translation>Bare et utkast kan redigeres, og bare av en rådgiver eller en jurist; vedtakets versjoner kan vises fra vedtakssiden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowDecision.cpp" line="51"/>
        <source>There is no decision draft yet (Ctrl+D makes one)</source>
        <translation>Det finnes ikke noe vedtaksutkast ennå (Ctrl+D lager et)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowDecision.cpp" line="79"/>
        <source>Decision draft in %1 saved</source>
        <translation>Vedtaksutkastet i %1 er lagret</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowIntake.cpp" line="17"/>
        <source>&amp;Register application manually…</source>
        <translation>&amp;Registrer søknad manuelt …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowIntake.cpp" line="19"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowIntake.cpp" line="21"/>
        <source>Register an application received by letter or e-mail</source>
        <translation>Registrer en søknad som er mottatt per brev eller e-post</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowIntake.cpp" line="24"/>
        <source>&amp;Edit application…</source>
        <translation>&amp;Endre søknad …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowIntake.cpp" line="40"/>
        <source>Correct or complete the application of this case</source>
        <translation>Rett opp eller fullfør søknaden i denne saken</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowIntake.cpp" line="41"/>
        <source>The application can only be changed until a decision is drafted</source>
        <translation>Søknaden kan bare endres fram til det er utarbeidet et vedtak</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowIntake.cpp" line="53"/>
        <source>Application registered as case %1</source>
        <translation>Søknaden er registrert som sak %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowIntake.cpp" line="71"/>
        <source>Application in case %1 saved</source>
        <translation>Søknaden i sak %1 er lagret</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMaintenance.cpp" line="26"/>
        <source>&amp;Back up database…</source>
        <translation>&amp;Ta sikkerhetskopi av databasen …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMaintenance.cpp" line="27"/>
        <source>A consistent copy of the case database, also while others are working in it</source>
        <translation>En konsistent kopi av saksdatabasen, også mens andre arbeider i den</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMaintenance.cpp" line="28"/>
        <source>&amp;Restore database from backup…</source>
        <translation>&amp;Gjenopprett database fra sikkerhetskopi …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMaintenance.cpp" line="29"/>
        <source>Put a checked backup in place of the case database (administrators)</source>
        <translation>Erstatt saksdatabasen med en kontrollert sikkerhetskopi (administratorer)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMaintenance.cpp" line="30"/>
        <source>&amp;Check database</source>
        <translation>&amp;Kontroller databasen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMaintenance.cpp" line="31"/>
        <source>Integrity, audit trail and every case whole</source>
        <translation>Integritet, revisjonsspor og at hver sak er komplett</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMaintenance.cpp" line="39"/>
        <source>This database is open read-only, because the file is write-protected: you can read cases and print letters, but not change anything. Ask for write access to %1 to work in it.</source>
        <translation>Denne databasen er åpnet skrivebeskyttet fordi filen er skrivebeskyttet: du kan lese saker og skrive ut brev, men ikke endre noe. Be om skrivetilgang til %1 for å arbeide i den.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMaintenance.cpp" line="52"/>
        <source>Back up database</source>
        <translation>Ta sikkerhetskopi av databasen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMaintenance.cpp" line="52"/>
        <source>Backups (*.bak)</source>
        <translation>Sikkerhetskopier (*.bak)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindowMaintenance.cpp" line="62"/>
        <source>Backup written to %1: %n case(s); only you can read the file.</source>
        <translation>
            <numerusform>Sikkerhetskopi skrevet til %1: %n sak; bare du kan lese filen.</numerusform>
            <numerusform>Sikkerhetskopi skrevet til %1: %n saker; bare du kan lese filen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMaintenance.cpp" line="71"/>
        <source>Restore database from backup</source>
        <translation>Gjenopprett database fra sikkerhetskopi</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMaintenance.cpp" line="71"/>
        <source>Backups (*.bak *.db);;All files (*)</source>
        <translation>Sikkerhetskopier (*.bak *.db);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMaintenance.cpp" line="76"/>
        <source>Restore database</source>
        <translation>Gjenopprett database</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMaintenance.cpp" line="77"/>
        <source>Replace the case database %1 with the backup %2?

Work recorded after the backup was taken is replaced; the current database is kept as a copy beside it. Everyone else must close Fellesvedtak on this database first.</source>
        <translation>Erstatte saksdatabasen %1 med sikkerhetskopien %2?

Arbeid som er registrert etter at sikkerhetskopien ble tatt, blir erstattet; den nåværende databasen beholdes som en kopi ved siden av. Alle andre må først lukke Fellesvedtak for denne databasen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindowMaintenance.cpp" line="95"/>
        <source>Restored from %1: %n case(s). The database it replaced is kept as %2.</source>
        <translation>
            <numerusform>Gjenopprettet fra %1: %n sak. Databasen som ble erstattet, er tatt vare på som %2.</numerusform>
            <numerusform>Gjenopprettet fra %1: %n saker. Databasen som ble erstattet, er tatt vare på som %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindowMaintenance.cpp" line="112"/>
        <source>The database is in order: the file is intact, the audit trail of %1 events is unbroken and all %n case(s) are whole.</source>
        <translation>
            <numerusform>Databasen er i orden: filen er uskadd, revisjonssporet med %1 hendelser er ubrutt, og %n sak er komplett.</numerusform>
            <numerusform>Databasen er i orden: filen er uskadd, revisjonssporet med %1 hendelser er ubrutt, og alle %n saker er komplette.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindowMaintenance.cpp" line="120"/>
        <source>The check found %n problem(s):</source>
        <translation>
            <numerusform>Kontrollen fant %n problem:</numerusform>
            <numerusform>Kontrollen fant %n problemer:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMaintenance.cpp" line="122"/>
        <source>Restore the last good backup (File → Restore database from backup…).</source>
        <translation>Gjenopprett den siste feilfrie sikkerhetskopien (Fil → Gjenopprett database fra sikkerhetskopi …).</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowLetters.cpp" line="27"/>
        <source>Send &amp;letter…</source>
        <translation>Send &amp;brev …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowLetters.cpp" line="29"/>
        <source>Send a letter in this case: it is stored as a case document, exactly as sent</source>
        <translation>Send et brev i denne saken: det lagres som et saksdokument, nøyaktig slik det ble sendt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowLetters.cpp" line="31"/>
        <source>Send &amp;waiting letters…</source>
        <translation>Send &amp;ventende brev …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowLetters.cpp" line="33"/>
        <source>Send the letter of every approved decision not yet sent, and save the PDFs in a folder</source>
        <translation>Send brevet for hvert godkjent vedtak som ikke er sendt ennå, og lagre PDF-filene i en mappe</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowLetters.cpp" line="36"/>
        <source>Letter &amp;templates…</source>
        <translation>Brev&amp;maler …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowLetters.cpp" line="57"/>
        <source>Send letter in %1</source>
        <translation>Send brev i %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowLetters.cpp" line="65"/>
        <source>%1 sent and stored as document %2</source>
        <translation>%1 er sendt og lagret som dokument %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowLetters.cpp" line="74"/>
        <source>No decision letters are waiting to be sent.</source>
        <translation>Ingen vedtaksbrev venter på å bli sendt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindowLetters.cpp" line="78"/>
        <source>Send %n waiting letter(s): folder for the PDF files</source>
        <translation>
            <numerusform>Send %n ventende brev: mappe for PDF-filen</numerusform>
            <numerusform>Send %n ventende brev: mappe for PDF-filene</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindowLetters.cpp" line="81"/>
        <source>Sending decision letters…</source>
        <translation>Sender vedtaksbrev …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowLetters.cpp" line="81"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindowLetters.cpp" line="93"/>
        <source>%n letter(s) sent and saved in %1.</source>
        <translation>
            <numerusform>%n brev er sendt og lagret i %1.</numerusform>
            <numerusform>%n brev er sendt og lagret i %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindowLetters.cpp" line="95"/>
        <source>Stopped; the letters sent so far stay sent.</source>
        <translation>Stoppet; brevene som alt er sendt, forblir sendt.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowLetters.cpp" line="98"/>
        <source>Could not save %1 (they are stored in the case; open them there).</source>
        <translation>Kunne ikke lagre %1 (brevene er lagret i saken; åpne dem der).</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowLetters.cpp" line="101"/>
        <source>Not sent: %1.</source>
        <translation>Ikke sendt: %1.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowLetters.cpp" line="141"/>
        <source>Save document</source>
        <translation>Lagre dokument</translation>
    </message>
</context>
<context>
    <name>fv::MessageBar</name>
    <message>
        <location filename="../ui/MessageBar.cpp" line="25"/>
        <source>Close the message</source>
        <translation>Lukk meldingen</translation>
    </message>
</context>
<context>
    <name>fv::PriceTableDialog</name>
    <message>
        <location filename="../ui/PriceTableDialog.cpp" line="25"/>
        <source>NOK %1</source>
        <translation>kr %1</translation>
    </message>
    <message>
        <location filename="../ui/PriceTableDialog.cpp" line="34"/>
        <source> NOK</source>
        <translation> kr</translation>
    </message>
    <message>
        <location filename="../ui/PriceTableDialog.cpp" line="51"/>
        <source>Price tables</source>
        <translation>Pristabeller</translation>
    </message>
    <message>
        <location filename="../ui/PriceTableDialog.cpp" line="55"/>
        <source>In force from</source>
        <translation>Gjelder fra</translation>
    </message>
    <message>
        <location filename="../ui/PriceTableDialog.cpp" line="55"/>
        <source>Base price, one source</source>
        <translation>Grunnpris, én kilde</translation>
    </message>
    <message>
        <location filename="../ui/PriceTableDialog.cpp" line="55"/>
        <source>Base price, several sources</source>
        <translation>Grunnpris, flere kilder</translation>
    </message>
    <message>
        <location filename="../ui/PriceTableDialog.cpp" line="55"/>
        <source>Per started hour</source>
        <translation>Per påbegynt time</translation>
    </message>
    <message>
        <location filename="../ui/PriceTableDialog.cpp" line="63"/>
        <source>Price table</source>
        <translation>Pristabell</translation>
    </message>
    <message>
        <location filename="../ui/PriceTableDialog.cpp" line="65"/>
        <source>In force &amp;from:</source>
        <translation>&amp;Gjelder fra:</translation>
    </message>
    <message>
        <location filename="../ui/PriceTableDialog.cpp" line="66"/>
        <source>Base price, &amp;one source:</source>
        <translation>Grunnpris, én &amp;kilde:</translation>
    </message>
    <message>
        <location filename="../ui/PriceTableDialog.cpp" line="67"/>
        <source>Base price, &amp;several sources:</source>
        <translation>Grunnpris, &amp;flere kilder:</translation>
    </message>
    <message>
        <location filename="../ui/PriceTableDialog.cpp" line="68"/>
        <source>Per started &amp;hour of case work:</source>
        <translation>Per påbegynt &amp;time saksbehandling:</translation>
    </message>
    <message>
        <location filename="../ui/PriceTableDialog.cpp" line="69"/>
        <source>Example:</source>
        <translation>Eksempel:</translation>
    </message>
    <message>
        <location filename="../ui/PriceTableDialog.cpp" line="70"/>
        <source>&amp;New price table from a date</source>
        <translation>&amp;Ny pristabell fra en dato</translation>
    </message>
    <message>
        <location filename="../ui/PriceTableDialog.cpp" line="75"/>
        <source>A decision&apos;s fee is computed with the table in force on the day it is approved, and then fixed. Earlier tables are kept so older fees can be explained; a table with the same date replaces the one saved before.</source>
        <translation>Gebyret i et vedtak beregnes etter tabellen som gjelder den dagen vedtaket godkjennes, og ligger deretter fast. Tidligere tabeller tas vare på, slik at eldre gebyrer kan forklares; en tabell med samme dato erstatter den som ble lagret før.</translation>
    </message>
    <message>
        <location filename="../ui/PriceTableDialog.cpp" line="99"/>
        <source>Only an administrator can change the prices.</source>
        <translation>Bare en administrator kan endre prisene.</translation>
    </message>
    <message>
        <location filename="../ui/PriceTableDialog.cpp" line="126"/>
        <source>built in</source>
        <translation>innebygd</translation>
    </message>
    <message>
        <location filename="../ui/PriceTableDialog.cpp" line="128"/>
        <source> (in force today)</source>
        <translation> (gjelder i dag)</translation>
    </message>
    <message>
        <location filename="../ui/PriceTableDialog.cpp" line="166"/>
        <source>Set the date and the new prices, then save. The table in force today stays as it is.</source>
        <translation>Angi datoen og de nye prisene, og lagre. Tabellen som gjelder i dag, forblir uendret.</translation>
    </message>
    <message>
        <location filename="../ui/PriceTableDialog.cpp" line="174"/>
        <source>one source and 3 hours: %1; three sources and 2.5 hours (3 started): %2</source>
        <translation>én kilde og 3 timer: %1; tre kilder og 2,5 timer (3 påbegynte): %2</translation>
    </message>
    <message>
        <location filename="../ui/PriceTableDialog.cpp" line="181"/>
        <source>Give the date the prices apply from, as dd.mm.yyyy.</source>
        <translation>Oppgi datoen prisene gjelder fra, som dd.mm.åååå.</translation>
    </message>
    <message>
        <location filename="../ui/PriceTableDialog.cpp" line="192"/>
        <source>The prices from %1 are saved.</source>
        <translation>Prisene fra %1 er lagret.</translation>
    </message>
</context>
<context>
    <name>fv::RegistryCatalogueDialog</name>
    <message>
        <location filename="../ui/RegistryCatalogueDialog.cpp" line="33"/>
        <source>Registry catalogue</source>
        <translation>Registerkatalog</translation>
    </message>
    <message>
        <location filename="../ui/RegistryCatalogueDialog.cpp" line="42"/>
        <source>Variable</source>
        <translation>Variabel</translation>
    </message>
    <message>
        <location filename="../ui/RegistryCatalogueDialog.cpp" line="42"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../ui/RegistryCatalogueDialog.cpp" line="42"/>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <location filename="../ui/RegistryCatalogueDialog.cpp" line="48"/>
        <source>Name (bokmål)</source>
        <translation>Navn (bokmål)</translation>
    </message>
    <message>
        <location filename="../ui/RegistryCatalogueDialog.cpp" line="49"/>
        <source>Name (nynorsk)</source>
        <translation>Navn (nynorsk)</translation>
    </message>
    <message>
        <location filename="../ui/RegistryCatalogueDialog.cpp" line="50"/>
        <source>Name (English)</source>
        <translation>Navn (engelsk)</translation>
    </message>
    <message>
        <location filename="../ui/RegistryCatalogueDialog.cpp" line="51"/>
        <source>Registry manager</source>
        <translation>Registerforvalter</translation>
    </message>
    <message>
        <location filename="../ui/RegistryCatalogueDialog.cpp" line="52"/>
        <source>Regulation</source>
        <translation>Forskrift</translation>
    </message>
    <message>
        <location filename="../ui/RegistryCatalogueDialog.cpp" line="53"/>
        <source>Notes</source>
        <translation>Merknader</translation>
    </message>
    <message>
        <location filename="../ui/RegistryCatalogueDialog.cpp" line="55"/>
        <source>Add variable</source>
        <translation>Legg til variabel</translation>
    </message>
    <message>
        <location filename="../ui/RegistryCatalogueDialog.cpp" line="56"/>
        <source>Remove variable</source>
        <translation>Fjern variabel</translation>
    </message>
    <message>
        <location filename="../ui/RegistryCatalogueDialog.cpp" line="88"/>
        <source>Only an administrator can change the catalogue.</source>
        <translation>Bare en administrator kan endre katalogen.</translation>
    </message>
    <message>
        <location filename="../ui/RegistryCatalogueDialog.cpp" line="156"/>
        <source>%1 saved.</source>
        <translation>%1 er lagret.</translation>
    </message>
</context>
<context>
    <name>fv::Session</name>
    <message>
        <location filename="../ui/Session.cpp" line="44"/>
        <source>the file exists already; demo data goes into a new database</source>
        <translation>filen finnes allerede; demodata legges i en ny database</translation>
    </message>
    <message>
        <location filename="../ui/Session.cpp" line="58"/>
        <source>the file exists already</source>
        <translation>filen finnes allerede</translation>
    </message>
</context>
<context>
    <name>fv::StatisticsView</name>
    <message>
        <location filename="../ui/StatisticsView.cpp" line="89"/>
        <source>Statistics – Fellesvedtak</source>
        <translation>Statistikk – Fellesvedtak</translation>
    </message>
    <message>
        <location filename="../ui/StatisticsView.cpp" line="97"/>
        <source>&amp;Update</source>
        <translation>&amp;Oppdater</translation>
    </message>
    <message>
        <location filename="../ui/StatisticsView.cpp" line="98"/>
        <source>&amp;Export tables as CSV…</source>
        <translation>&amp;Eksporter tabeller som CSV …</translation>
    </message>
    <message>
        <location filename="../ui/StatisticsView.cpp" line="105"/>
        <source>Received or decided from</source>
        <translation>Mottatt eller vedtatt fra</translation>
    </message>
    <message>
        <location filename="../ui/StatisticsView.cpp" line="107"/>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <location filename="../ui/StatisticsView.cpp" line="124"/>
        <source>Charts</source>
        <translation>Diagrammer</translation>
    </message>
    <message>
        <location filename="../ui/StatisticsView.cpp" line="126"/>
        <source>Per month</source>
        <translation>Per måned</translation>
    </message>
    <message>
        <location filename="../ui/StatisticsView.cpp" line="126"/>
        <source>Processing time</source>
        <translation>Behandlingstid</translation>
    </message>
    <message>
        <location filename="../ui/StatisticsView.cpp" line="126"/>
        <source>Per registry</source>
        <translation>Per register</translation>
    </message>
    <message>
        <location filename="../ui/StatisticsView.cpp" line="126"/>
        <source>Outcomes</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <location filename="../ui/StatisticsView.cpp" line="172"/>
        <source>applications received</source>
        <translation>søknader mottatt</translation>
    </message>
    <message>
        <location filename="../ui/StatisticsView.cpp" line="173"/>
        <source>decisions made</source>
        <translation>vedtak fattet</translation>
    </message>
    <message>
        <location filename="../ui/StatisticsView.cpp" line="174"/>
        <source>being worked on now</source>
        <translation>under behandling nå</translation>
    </message>
    <message>
        <location filename="../ui/StatisticsView.cpp" line="175"/>
        <source>working days, median</source>
        <translation>arbeidsdager, median</translation>
    </message>
    <message>
        <location filename="../ui/StatisticsView.cpp" line="176"/>
        <source>working days, 90th percentile</source>
        <translation>arbeidsdager, 90-persentil</translation>
    </message>
    <message>
        <location filename="../ui/StatisticsView.cpp" line="177"/>
        <source>decided within the statutory deadline</source>
        <translation>vedtatt innen lovfestet frist</translation>
    </message>
    <message>
        <location filename="../ui/StatisticsView.cpp" line="185"/>
        <source>Received and decided per month</source>
        <translation>Mottatt og vedtatt per måned</translation>
    </message>
    <message>
        <location filename="../ui/StatisticsView.cpp" line="188"/>
        <source>Received</source>
        <translation>Mottatt</translation>
    </message>
    <message>
        <location filename="../ui/StatisticsView.cpp" line="189"/>
        <source>Decided</source>
        <translation>Vedtatt</translation>
    </message>
    <message>
        <location filename="../ui/StatisticsView.cpp" line="209"/>
        <source>applications</source>
        <translation>søknader</translation>
    </message>
    <message>
        <location filename="../ui/StatisticsView.cpp" line="226"/>
        <source>Processing time per registry (working days)</source>
        <translation>Behandlingstid per register (arbeidsdager)</translation>
    </message>
    <message>
        <location filename="../ui/StatisticsView.cpp" line="227"/>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <location filename="../ui/StatisticsView.cpp" line="228"/>
        <source>90th percentile</source>
        <translation>90-persentil</translation>
    </message>
    <message>
        <location filename="../ui/StatisticsView.cpp" line="258"/>
        <source>Most requested registries (applications)</source>
        <translation>Mest etterspurte registre (søknader)</translation>
    </message>
    <message>
        <location filename="../ui/StatisticsView.cpp" line="259"/>
        <source>Applications asking for the registry</source>
        <translation>Søknader som omfatter registeret</translation>
    </message>
    <message>
        <location filename="../ui/StatisticsView.cpp" line="290"/>
        <source>Outcome of the decisions</source>
        <translation>Utfall av vedtakene</translation>
    </message>
    <message>
        <location filename="../ui/StatisticsView.cpp" line="293"/>
        <source>Granted</source>
        <translation>Innvilget</translation>
    </message>
    <message>
        <location filename="../ui/StatisticsView.cpp" line="293"/>
        <source>Partly granted</source>
        <translation>Delvis innvilget</translation>
    </message>
    <message>
        <location filename="../ui/StatisticsView.cpp" line="293"/>
        <source>Refused</source>
        <translation>Avslått</translation>
    </message>
    <message>
        <location filename="../ui/StatisticsView.cpp" line="352"/>
        <source>there are no statistics to export yet</source>
        <translation>det finnes ingen statistikk å eksportere ennå</translation>
    </message>
    <message>
        <location filename="../ui/StatisticsView.cpp" line="364"/>
        <source>Export tables as CSV</source>
        <translation>Eksporter tabeller som CSV</translation>
    </message>
    <message>
        <location filename="../ui/StatisticsView.cpp" line="364"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
</context>
<context>
    <name>fv::TimelineView</name>
    <message>
        <location filename="../ui/TimelineView.cpp" line="20"/>
        <source>met</source>
        <translation>overholdt</translation>
    </message>
    <message>
        <location filename="../ui/TimelineView.cpp" line="21"/>
        <source>coming</source>
        <translation>kommende</translation>
    </message>
    <message>
        <location filename="../ui/TimelineView.cpp" line="22"/>
        <source>OVERDUE</source>
        <translation>OVER FRISTEN</translation>
    </message>
    <message>
        <location filename="../ui/TimelineView.cpp" line="23"/>
        <source>met late</source>
        <translation>for sent</translation>
    </message>
    <message>
        <location filename="../ui/TimelineView.cpp" line="54"/>
        <source>now</source>
        <translation>nå</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TimelineView.cpp" line="55"/>
        <source>Clock paused: %n working day(s)</source>
        <translation>
            <numerusform>Fristen satt på pause: %n arbeidsdag</numerusform>
            <numerusform>Fristen satt på pause: %n arbeidsdager</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/TimelineView.cpp" line="85"/>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <location filename="../ui/TimelineView.cpp" line="85"/>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <location filename="../ui/TimelineView.cpp" line="85"/>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <location filename="../ui/TimelineView.cpp" line="85"/>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <location filename="../ui/TimelineView.cpp" line="107"/>
        <location filename="../ui/TimelineView.cpp" line="114"/>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
</context>
<context>
    <name>fv::Users</name>
    <message>
        <location filename="../core/casework/Users.cpp" line="40"/>
        <source>Adviser</source>
        <translation>Rådgiver</translation>
    </message>
    <message>
        <location filename="../core/casework/Users.cpp" line="41"/>
        <source>Lawyer</source>
        <translation>Jurist</translation>
    </message>
    <message>
        <location filename="../core/casework/Users.cpp" line="42"/>
        <source>Decision-maker</source>
        <translation>Beslutningstaker</translation>
    </message>
    <message>
        <location filename="../core/casework/Users.cpp" line="43"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>fv::WorkQueueModel</name>
    <message>
        <location filename="../ui/WorkQueueModel.cpp" line="41"/>
        <source>Paused</source>
        <translation>På pause</translation>
    </message>
    <message>
        <location filename="../ui/WorkQueueModel.cpp" line="45"/>
        <source>Overdue by 1 working day</source>
        <translation>1 arbeidsdag over fristen</translation>
    </message>
    <message>
        <location filename="../ui/WorkQueueModel.cpp" line="45"/>
        <source>Overdue by %1 working days</source>
        <translation>%1 arbeidsdager over fristen</translation>
    </message>
    <message>
        <location filename="../ui/WorkQueueModel.cpp" line="47"/>
        <source>Due today</source>
        <translation>Frist i dag</translation>
    </message>
    <message>
        <location filename="../ui/WorkQueueModel.cpp" line="48"/>
        <source>Due in 1 working day</source>
        <translation>Frist om 1 arbeidsdag</translation>
    </message>
    <message>
        <location filename="../ui/WorkQueueModel.cpp" line="48"/>
        <source>Due in %1 working days</source>
        <translation>Frist om %1 arbeidsdager</translation>
    </message>
    <message>
        <location filename="../ui/WorkQueueModel.cpp" line="54"/>
        <source>Completeness check</source>
        <translation>Kontroll av komplett søknad</translation>
    </message>
    <message>
        <location filename="../ui/WorkQueueModel.cpp" line="56"/>
        <source>Decision (statutory deadline)</source>
        <translation>Vedtak (lovfestet frist)</translation>
    </message>
    <message>
        <location filename="../ui/WorkQueueModel.cpp" line="57"/>
        <source>Preliminary reply</source>
        <translation>Foreløpig svar</translation>
    </message>
    <message>
        <location filename="../ui/WorkQueueModel.cpp" line="58"/>
        <source>Applicant&apos;s answer</source>
        <translation>Svar fra søker</translation>
    </message>
    <message>
        <location filename="../ui/WorkQueueModel.cpp" line="59"/>
        <source>Answer after reminder</source>
        <translation>Svar etter purring</translation>
    </message>
    <message>
        <location filename="../ui/WorkQueueModel.cpp" line="60"/>
        <source>Registry manager&apos;s view (%1)</source>
        <translation>Uttalelse fra registerforvalter (%1)</translation>
    </message>
    <message>
        <location filename="../ui/WorkQueueModel.cpp" line="71"/>
        <source>Change: %1</source>
        <translation>Endring: %1</translation>
    </message>
    <message>
        <location filename="../ui/WorkQueueModel.cpp" line="72"/>
        <source>— unassigned —</source>
        <translation>— ikke fordelt —</translation>
    </message>
    <message>
        <location filename="../ui/WorkQueueModel.cpp" line="108"/>
        <source>Forvaltningsloven § 11 a: the applicant is told why the case takes longer than a month</source>
        <translation>Forvaltningsloven § 11 a: søkeren får vite hvorfor saken tar mer enn en måned</translation>
    </message>
    <message>
        <location filename="../ui/WorkQueueModel.cpp" line="110"/>
        <source>Helseregisterloven § 19 f: 30 working days, 60 where sources are linked</source>
        <translation>Helseregisterloven § 19 f: 30 arbeidsdager, 60 når kilder sammenstilles</translation>
    </message>
    <message>
        <location filename="../ui/WorkQueueModel.cpp" line="145"/>
        <source>Case no.</source>
        <translation>Saksnr.</translation>
    </message>
    <message>
        <location filename="../ui/WorkQueueModel.cpp" line="146"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/WorkQueueModel.cpp" line="147"/>
        <source>Project</source>
        <translation>Prosjekt</translation>
    </message>
    <message>
        <location filename="../ui/WorkQueueModel.cpp" line="148"/>
        <source>Caseworker</source>
        <translation>Saksbehandler</translation>
    </message>
    <message>
        <location filename="../ui/WorkQueueModel.cpp" line="149"/>
        <source>Received</source>
        <translation>Mottatt</translation>
    </message>
    <message>
        <location filename="../ui/WorkQueueModel.cpp" line="150"/>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../ui/WorkQueueModel.cpp" line="151"/>
        <source>Deadline</source>
        <translation>Tid til frist</translation>
    </message>
    <message>
        <location filename="../ui/WorkQueueModel.cpp" line="152"/>
        <source>What is due</source>
        <translation>Hva fristen gjelder</translation>
    </message>
</context>
<context>
    <name>fv::WorkQueueView</name>
    <message>
        <location filename="../ui/WorkQueueView.cpp" line="42"/>
        <source>My cases</source>
        <translation>Mine saker</translation>
    </message>
    <message>
        <location filename="../ui/WorkQueueView.cpp" line="43"/>
        <source>Unassigned</source>
        <translation>Ikke fordelt</translation>
    </message>
    <message>
        <location filename="../ui/WorkQueueView.cpp" line="44"/>
        <source>Awaiting my approval</source>
        <translation>Til min godkjenning</translation>
    </message>
    <message>
        <location filename="../ui/WorkQueueView.cpp" line="45"/>
        <source>Overdue</source>
        <translation>Over fristen</translation>
    </message>
    <message>
        <location filename="../ui/WorkQueueView.cpp" line="46"/>
        <source>Due within 5 working days</source>
        <translation>Frist innen 5 arbeidsdager</translation>
    </message>
    <message>
        <location filename="../ui/WorkQueueView.cpp" line="47"/>
        <source>Waiting for the applicant</source>
        <translation>Venter på søker</translation>
    </message>
    <message>
        <location filename="../ui/WorkQueueView.cpp" line="48"/>
        <source>Waiting for a registry manager</source>
        <translation>Venter på registerforvalter</translation>
    </message>
    <message>
        <location filename="../ui/WorkQueueView.cpp" line="112"/>
        <source>Enter or double-click opens the case · Alt+1…7 switch view · click a column to sort</source>
        <translation>Enter eller dobbeltklikk åpner saken · Alt+1…7 bytter visning · klikk på en kolonne for å sortere</translation>
    </message>
    <message>
        <location filename="../ui/WorkQueueView.cpp" line="179"/>
        <source>%1 – 1 case</source>
        <translation>%1 – 1 sak</translation>
    </message>
    <message>
        <location filename="../ui/WorkQueueView.cpp" line="179"/>
        <source>%1 – %2 cases</source>
        <translation>%1 – %2 saker</translation>
    </message>
</context>
</TS>
