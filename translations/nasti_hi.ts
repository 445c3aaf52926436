<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="hi_IN">
<context>
    <name>main</name>
    <message>
        <source>Nasti e-Office desktop client</source>
        <translation>नस्ती ई-ऑफ़िस डेस्कटॉप क्लाइंट</translation>
    </message>
    <message>
        <source>Write screenshots into DIR and quit.</source>
        <translation>स्क्रीनशॉट DIR में लिखें और बाहर निकलें।</translation>
    </message>
    <message>
        <source>Password used for screenshots (demo).</source>
        <translation>स्क्रीनशॉट के लिए प्रयुक्त पासवर्ड (demo)।</translation>
    </message>
    <message>
        <source>Login used for screenshots (us.gad).</source>
        <translation>स्क्रीनशॉट के लिए प्रयुक्त लॉगिन (us.gad)।</translation>
    </message>
    <message>
        <source>Database URL (sqlite:PATH or postgresql://USER@HOST:PORT/DB); default: $NASTI_DB, else the last profile.</source>
        <translation>डेटाबेस URL (sqlite:PATH या postgresql://USER@HOST:PORT/DB); डिफ़ॉल्ट: $NASTI_DB, अन्यथा अंतिम प्रोफ़ाइल।</translation>
    </message>
    <message>
        <source>Tampering detected</source>
        <translation>छेड़छाड़ पाई गई</translation>
    </message>
    <message>
        <source>The record of this database has been altered: %1
Inform the administrator at once.</source>
        <translation>इस डेटाबेस के अभिलेख में छेड़छाड़ की गई है: %1
तुरंत प्रशासक को सूचित करें।</translation>
    </message>
    <message>
        <source>Database older than last seen</source>
        <translation>डेटाबेस पिछली बार देखे गए से पुराना है</translation>
    </message>
    <message>
        <source>%1
Work recorded after that point is not in it. Inform the administrator.</source>
        <translation>%1
उस बिंदु के बाद दर्ज किया गया कार्य इसमें नहीं है। प्रशासक को सूचित करें।</translation>
    </message>
</context>
<context>
    <name>nasti</name>
    <message>
        <source>File number</source>
        <translation>नस्ती क्रमांक</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>विषय</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>अनुभाग</translation>
    </message>
    <message>
        <source>Held at</source>
        <translation>कहाँ लंबित</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>स्तर</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>कब से</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>दिवस</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>कार्य दिवस</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>समय-सीमा पार</translation>
    </message>
    <message>
        <source>Parked</source>
        <translation>स्थगित</translation>
    </message>
    <message>
        <source>Reason for delay</source>
        <translation>विलंब का कारण</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>हाँ</translation>
    </message>
    <message>
        <source>Weekly review of pendency and disposal</source>
        <translation>लंबित और निराकरण की साप्ताहिक समीक्षा</translation>
    </message>
    <message>
        <source>Week %1, %2 to %3</source>
        <translation>सप्ताह %1, %2 से %3</translation>
    </message>
    <message>
        <source>Figures as of %1 IST; pending files aged in calendar days, overdue in working days.</source>
        <translation>%1 IST की स्थिति के आँकड़े; लंबित नस्तियों की आयु कैलेंडर दिवसों में, समय-सीमा पार कार्य दिवसों में।</translation>
    </message>
    <message>
        <source>Pendency and disposal, last 12 weeks</source>
        <translation>लंबित और निराकरण, पिछले 12 सप्ताह</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>क्र.</translation>
    </message>
    <message>
        <source>Held at (level)</source>
        <translation>कहाँ लंबित (स्तर)</translation>
    </message>
    <message>
        <source>The %1 longest-pending files (arrear statement)</source>
        <translation>सर्वाधिक समय से लंबित %1 नस्तियाँ (बकाया विवरण)</translation>
    </message>
    <message>
        <source> (parked)</source>
        <translation> (स्थगित)</translation>
    </message>
    <message>
        <source>— not recorded —</source>
        <translation>— अभिलिखित नहीं —</translation>
    </message>
    <message>
        <source>No file was pending.</source>
        <translation>कोई नस्ती लंबित नहीं थी।</translation>
    </message>
    <message>
        <source>Pending at week end</source>
        <translation>सप्ताहांत पर लंबित</translation>
    </message>
    <message>
        <source>Disposed in the week</source>
        <translation>सप्ताह में निराकृत</translation>
    </message>
    <message>
        <source>Parked: %1 (review date %2)</source>
        <translation>स्थगित: %1 (समीक्षा तिथि %2)</translation>
    </message>
    <message>
        <source>Reference categories, each on its own clock</source>
        <translation>संदर्भ श्रेणियाँ, प्रत्येक अपनी समय-सीमा पर</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <source>Limit (working days)</source>
        <translation>सीमा (कार्य दिवस)</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>लंबित</translation>
    </message>
    <message>
        <source>No reference categories.</source>
        <translation>कोई संदर्भ श्रेणी नहीं।</translation>
    </message>
    <message>
        <source> (called for)</source>
        <translation> (तलब की गई)</translation>
    </message>
    <message>
        <source>— not answered —</source>
        <translation>— उत्तर नहीं दिया —</translation>
    </message>
    <message>
        <source>Watch-list and calls for files</source>
        <translation>निगरानी सूची और नस्तियों की तलबी</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>धारक</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>निर्देश</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>उत्तर</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>विलंब (दिन)</translation>
    </message>
    <message>
        <source>No file is on the watch-list.</source>
        <translation>निगरानी सूची में कोई नस्ती नहीं है।</translation>
    </message>
    <message>
        <source>Latest note digitally signed by %1, %2 on %3</source>
        <translation>अंतिम टीप %1, %2 द्वारा %3 को डिजिटल रूप से हस्ताक्षरित</translation>
    </message>
    <message>
        <source>Latest note, by %1, %2: its digital signature does not verify (altered after signing)</source>
        <translation>अंतिम टीप, %1, %2 की: उसका डिजिटल हस्ताक्षर सत्यापित नहीं होता (हस्ताक्षर के बाद बदली गई)</translation>
    </message>
    <message>
        <source>%1, %2 on %3</source>
        <translation>%1, %2, %3 को</translation>
    </message>
    <message>
        <source>%1, %2: the signature does not verify</source>
        <translation>%1, %2: हस्ताक्षर सत्यापित नहीं होता</translation>
    </message>
    <message>
        <source>This program cannot read X.509 certificates (no PDF signing).</source>
        <translation>यह प्रोग्राम X.509 प्रमाणपत्र नहीं पढ़ सकता (PDF हस्ताक्षर उपलब्ध नहीं)।</translation>
    </message>
</context>
<context>
    <name>nasti::Acknowledgement</name>
    <message>
        <source>Cannot write %1: no such folder.</source>
        <translation>%1 नहीं लिखा जा सकता: ऐसा कोई फ़ोल्डर नहीं है।</translation>
    </message>
    <message>
        <source>Acknowledgement %1</source>
        <translation>पावती %1</translation>
    </message>
    <message>
        <source>Acknowledgement of receipt</source>
        <translation>प्राप्ति की पावती</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>प्रति: %1</translation>
    </message>
    <message>
        <source>Your letter %1 dated %2, subject “%3”, was received on %4 IST and entered in the diary of section %5 under</source>
        <translation>आपका पत्र %1 दिनांक %2, विषय “%3”, %4 IST को प्राप्त हुआ और अनुभाग %5 की डायरी में इस क्रमांक पर दर्ज किया गया</translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation>(क्रमांक रहित)</translation>
    </message>
    <message>
        <source>(undated)</source>
        <translation>(दिनांक रहित)</translation>
    </message>
    <message>
        <source>Please quote this diary number in any further letter.</source>
        <translation>कृपया आगे के किसी भी पत्र में यह डायरी क्रमांक अंकित करें।</translation>
    </message>
    <message>
        <source>Issued by Nasti on %1 IST; no signature is needed.</source>
        <translation>नस्ती द्वारा %1 IST को जारी; हस्ताक्षर आवश्यक नहीं।</translation>
    </message>
    <message>
        <source>Marked as %1, reference number %2.</source>
        <translation>%1 के रूप में चिह्नित, संदर्भ क्रमांक %2।</translation>
    </message>
</context>
<context>
    <name>nasti::ActionDialog</name>
    <message>
        <source>Remarks</source>
        <translation>अभ्युक्ति</translation>
    </message>
    <message>
        <source>Remarks (required):</source>
        <translation>अभ्युक्ति (आवश्यक):</translation>
    </message>
    <message>
        <source>Remarks:</source>
        <translation>अभ्युक्ति:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
</context>
<context>
    <name>nasti::AddresseeTable</name>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Address or e-mail</source>
        <translation>पता या ई-मेल</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>प्रेषण माध्यम</translation>
    </message>
    <message>
        <source>Section (through Nasti)</source>
        <translation>अनुभाग (Nasti के माध्यम से)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>जोड़ें</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
</context>
<context>
    <name>nasti::AuthService</name>
    <message>
        <source>Wrong login or password.</source>
        <translation>लॉगिन या पासवर्ड गलत है।</translation>
    </message>
    <message>
        <source>The login %1 is disabled. Ask the administrator.</source>
        <translation>लॉगिन %1 निष्क्रिय है। प्रशासक से संपर्क करें।</translation>
    </message>
    <message>
        <source>Too many wrong passwords: the login %1 is locked until %2.</source>
        <translation>बहुत बार गलत पासवर्ड: लॉगिन %1 %2 तक अवरुद्ध है।</translation>
    </message>
    <message>
        <source>Too many wrong passwords: the login %1 is locked for 15 minutes.</source>
        <translation>बहुत बार गलत पासवर्ड: लॉगिन %1 15 मिनट के लिए अवरुद्ध है।</translation>
    </message>
</context>
<context>
    <name>nasti::BenchRunner</name>
    <message>
        <source>The database has no files: run nasti-admin seed-scale first.</source>
        <translation>डेटाबेस में कोई नस्ती नहीं है: पहले nasti-admin seed-scale चलाएँ।</translation>
    </message>
    <message>
        <source>No post holds an open file: nothing to measure.</source>
        <translation>किसी पद के पास कोई खुली नस्ती नहीं है: मापने के लिए कुछ नहीं है।</translation>
    </message>
    <message>
        <source>fallback: administrator connection + OrgService::sessionFor (%1)</source>
        <translation>विकल्प: प्रशासक कनेक्शन + OrgService::sessionFor (%1)</translation>
    </message>
    <message>
        <source>bench: login to first inbox page as %1 (%2, %3 open files)…</source>
        <translation>bench: %1 के रूप में लॉगिन से इनबॉक्स के पहले पृष्ठ तक (%2, %3 खुली नस्तियाँ)…</translation>
    </message>
    <message>
        <source>Login to first inbox page</source>
        <translation>लॉगिन से इनबॉक्स के पहले पृष्ठ तक</translation>
    </message>
    <message>
        <source>bench: inbox pages…</source>
        <translation>bench: इनबॉक्स पृष्ठ…</translation>
    </message>
    <message>
        <source>Inbox first page (heaviest post)</source>
        <translation>इनबॉक्स का पहला पृष्ठ (सर्वाधिक भार वाला पद)</translation>
    </message>
    <message>
        <source>%1 holds %2 open files</source>
        <translation>%1 के पास %2 खुली नस्तियाँ</translation>
    </message>
    <message>
        <source>Inbox next page (keyset)</source>
        <translation>इनबॉक्स का अगला पृष्ठ (keyset)</translation>
    </message>
    <message>
        <source>bench: opening files…</source>
        <translation>bench: नस्तियाँ खोली जा रही हैं…</translation>
    </message>
    <message>
        <source>Open a file (notes, history, papers)</source>
        <translation>नस्ती खोलना (टीपें, इतिहास, पत्र)</translation>
    </message>
    <message>
        <source>bench: search…</source>
        <translation>bench: खोज…</translation>
    </message>
    <message>
        <source>Search, a Hindi word</source>
        <translation>खोज, एक हिंदी शब्द</translation>
    </message>
    <message>
        <source>Search, an English word</source>
        <translation>खोज, एक अंग्रेज़ी शब्द</translation>
    </message>
    <message>
        <source>Search, a file-number prefix</source>
        <translation>खोज, नस्ती क्रमांक का आरंभिक अंश</translation>
    </message>
    <message>
        <source>“%1”, %2 hits on the first page</source>
        <translation>“%1”, पहले पृष्ठ पर %2 परिणाम</translation>
    </message>
    <message>
        <source>Weekly review, whole secretariat</source>
        <translation>साप्ताहिक समीक्षा, संपूर्ण सचिवालय</translation>
    </message>
    <message>
        <source>bench: forwarding with %1 clients…</source>
        <translation>bench: %1 क्लाइंट के साथ अग्रेषण…</translation>
    </message>
    <message>
        <source>bench: %1 forwarding failures, first: %2</source>
        <translation>bench: %1 अग्रेषण विफल, पहला: %2</translation>
    </message>
    <message>
        <source>Forwarding, %1 concurrent clients</source>
        <translation>अग्रेषण, %1 समवर्ती क्लाइंट</translation>
    </message>
    <message>
        <source>event %1 does not chain on</source>
        <translation>घटना %1 शृंखला में नहीं जुड़ती</translation>
    </message>
    <message>
        <source>BROKEN: %1</source>
        <translation>खंडित: %1</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>माप</translation>
    </message>
    <message>
        <source>median</source>
        <translation>माध्यिका</translation>
    </message>
    <message>
        <source>p90 (min–max)</source>
        <translation>p90 (न्यूनतम–अधिकतम)</translation>
    </message>
    <message>
        <source>raw baseline</source>
        <translation>मूल आधार-रेखा</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>अनुपात</translation>
    </message>
    <message>
        <source>target</source>
        <translation>लक्ष्य</translation>
    </message>
    <message>
        <source>met</source>
        <translation>पूरा</translation>
    </message>
    <message>
        <source>note</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>मापा नहीं गया</translation>
    </message>
    <message>
        <source>, ≤ %1x raw</source>
        <translation>, मूल का ≤ %1x</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>हाँ</translation>
    </message>
    <message>
        <source>**no**</source>
        <translation>**नहीं**</translation>
    </message>
    <message>
        <source>bench: weekly review…</source>
        <translation>bench: साप्ताहिक समीक्षा…</translation>
    </message>
    <message>
        <source>not measured: no level-6 (Chief Secretary) post</source>
        <translation>मापा नहीं गया: स्तर-6 (मुख्य सचिव) का कोई पद नहीं</translation>
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation>विफल: %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source> — without RLS</source>
        <translation> — RLS के बिना</translation>
    </message>
    <message>
        <source>week %1 as %2, %3 units, %4; baseline: one raw pendency-by-post aggregate (a lower bound)</source>
        <translation>सप्ताह %1, %2 के रूप में, %3 इकाइयाँ, %4; आधार-रेखा: पदवार लंबित का एक सीधा योग (निचली सीमा)</translation>
    </message>
    <message>
        <source>%1 of 12 weeks from the rollup of closed weeks</source>
        <translation>12 में से %1 सप्ताह बंद सप्ताहों के संकलन से</translation>
    </message>
    <message>
        <source>no rollup: every week computed live</source>
        <translation>कोई संकलन नहीं: हर सप्ताह तत्काल गणना</translation>
    </message>
    <message>
        <source>Weekly review, week still running</source>
        <translation>साप्ताहिक समीक्षा, चालू सप्ताह</translation>
    </message>
    <message>
        <source>bench: advanced search…</source>
        <translation>bench: विस्तृत खोज…</translation>
    </message>
    <message>
        <source>Advanced search: sender</source>
        <translation>विस्तृत खोज: प्रेषक</translation>
    </message>
    <message>
        <source>Advanced search: letter number</source>
        <translation>विस्तृत खोज: पत्र क्रमांक</translation>
    </message>
    <message>
        <source>Advanced search: diary number</source>
        <translation>विस्तृत खोज: डायरी क्रमांक</translation>
    </message>
    <message>
        <source>Advanced search: diary number prefix “R-1”</source>
        <translation>विस्तृत खोज: डायरी क्रमांक का आरंभ “R-1”</translation>
    </message>
    <message>
        <source>Advanced search: opened in the last 30 days</source>
        <translation>विस्तृत खोज: पिछले 30 दिनों में खोली गई</translation>
    </message>
    <message>
        <source>Advanced search: priority Immediate</source>
        <translation>विस्तृत खोज: प्राथमिकता तत्काल</translation>
    </message>
    <message>
        <source>Advanced search: grading Confidential</source>
        <translation>विस्तृत खोज: वर्गीकरण गोपनीय</translation>
    </message>
    <message>
        <source>Advanced search: held by the heaviest post</source>
        <translation>विस्तृत खोज: सबसे भारी पद के पास</translation>
    </message>
    <message>
        <source>Advanced search: status parked</source>
        <translation>विस्तृत खोज: स्थिति स्थगित</translation>
    </message>
    <message>
        <source>Advanced search: words, open files</source>
        <translation>विस्तृत खोज: शब्द, खुली नस्तियाँ</translation>
    </message>
    <message>
        <source>Advanced search: sender, dates (a year), priority and status together</source>
        <translation>विस्तृत खोज: प्रेषक, तिथियाँ (एक वर्ष), प्राथमिकता और स्थिति एक साथ</translation>
    </message>
    <message>
        <source>%1; %2 hits on the first page (100)</source>
        <translation>%1; पहले पृष्ठ (100) पर %2 परिणाम</translation>
    </message>
    <message>
        <source>bench: forwarding with signed notes…</source>
        <translation>bench: हस्ताक्षरित टीपों के साथ अग्रेषण…</translation>
    </message>
    <message>
        <source>Forward with a signed note (one client; raw: the same unsigned)</source>
        <translation>हस्ताक्षरित टीप के साथ अग्रेषण (एक क्लाइंट; मूल: वही बिना हस्ताक्षर)</translation>
    </message>
    <message>
        <source>not measured: the heaviest post holds no open file or reports to nobody</source>
        <translation>नहीं मापा गया: सबसे भारी पद के पास कोई खुली नस्ती नहीं है या वह किसी को रिपोर्ट नहीं करता</translation>
    </message>
    <message>
        <source>not measured: this database has a signing authority of its own (run it on a database made by seed-scale)</source>
        <translation>नहीं मापा गया: इस डेटाबेस का अपना हस्ताक्षर प्राधिकारी है (seed-scale से बने डेटाबेस पर चलाएँ)</translation>
    </message>
    <message>
        <source>Bench note %1: examined; put up for orders.</source>
        <translation>बेंच टीप %1: परीक्षण किया; आदेश हेतु प्रस्तुत।</translation>
    </message>
    <message>
        <source>BROKEN: %1 notes frozen, %2 signed</source>
        <translation>टूटा: %1 टीपें स्थिर, %2 हस्ताक्षरित</translation>
    </message>
    <message>
        <source>signing adds %1 ms to a forward (%2 notes signed; rolled back)</source>
        <translation>हस्ताक्षर एक अग्रेषण में %1 ms जोड़ता है (%2 टीपें हस्ताक्षरित; वापस लिया गया)</translation>
    </message>
    <message>
        <source>custody and hash chain intact (%1 events appended); baseline: the raw transaction with no chain (%2); the raw transaction with the chain: %3 mv/s</source>
        <translation>अभिरक्षा और हैश शृंखला अक्षुण्ण (%1 घटनाएँ जुड़ीं); आधार: शृंखला के बिना कच्चा लेन-देन (%2); शृंखला सहित कच्चा लेन-देन: %3 संचलन/से</translation>
    </message>
    <message>
        <source>every trigger and check, event emission off, undone afterwards</source>
        <translation>हर ट्रिगर और जाँच सहित, घटनाएँ बंद, बाद में पूर्ववत</translation>
    </message>
    <message>
        <source>copies of the files and movements without history triggers</source>
        <translation>इतिहास ट्रिगरों के बिना फ़ाइलों और संचलनों की प्रतियाँ</translation>
    </message>
    <message>
        <source>bench: forwarding's chainless baseline runs only on a database made by seed-scale; this one was not.</source>
        <translation>bench: अग्रेषण का शृंखला-रहित आधार केवल seed-scale द्वारा बने डेटाबेस पर चलता है; यह वैसा नहीं है।</translation>
    </message>
    <message>
        <source>week %1 so far: %2 finished days stored, the rest live; %3 earlier weeks from the rollup; baseline as above</source>
        <translation>सप्ताह %1 अब तक: %2 बीते दिन संग्रहीत, शेष लाइव; %3 पिछले सप्ताह रोलअप से; आधार-रेखा ऊपर जैसी</translation>
    </message>
</context>
<context>
    <name>nasti::ChainHeadStore</name>
    <message>
        <source>This database is older than the one this computer saw last (event %1 missing): it was restored from a backup or rolled back.</source>
        <translation>यह डेटाबेस उससे पुराना है जिसे इस कंप्यूटर ने पिछली बार देखा था (घटना %1 नहीं है): इसे बैकअप से पुनर्स्थापित किया गया है या पीछे लौटाया गया है।</translation>
    </message>
</context>
<context>
    <name>nasti::CliContext</name>
    <message>
        <source>This command needs --as LOGIN.</source>
        <translation>इस कमांड के लिए --as LOGIN आवश्यक है।</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 का पासवर्ड: </translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>यह सहायता दिखाएँ।</translation>
    </message>
    <message>
        <source>The connection to the server was lost during the action and could not be restored, so it is reported not done. Run the command again with NASTI_ACTION_KEY=%1 to finish it: it is never done twice.</source>
        <translation>कार्रवाई के दौरान सर्वर से संपर्क टूट गया और फिर से नहीं जुड़ सका, इसलिए इसे पूरा नहीं हुआ बताया गया है। इसे पूरा करने के लिए आदेश NASTI_ACTION_KEY=%1 के साथ फिर से चलाएँ: यह कभी दो बार नहीं होगा।</translation>
    </message>
</context>
<context>
    <name>nasti::ClientSession</name>
    <message>
        <source>Your note is kept; it will be offered again when you open the file.</source>
        <translation>आपकी टीप सुरक्षित है; नस्ती खोलने पर यह पुनः प्रस्तुत की जाएगी।</translation>
    </message>
    <message>
        <source>The server cannot be reached, and there is no copy of file %1 on this computer (only the files of your inbox are kept).</source>
        <translation>सर्वर से संपर्क नहीं हो पा रहा है, और नस्ती %1 की कोई प्रति इस कंप्यूटर पर नहीं है (केवल आपके इनबॉक्स की नस्तियाँ रखी जाती हैं)।</translation>
    </message>
    <message>
        <source>Offline copies are off on this computer, so moves cannot be kept for later.</source>
        <translation>इस कंप्यूटर पर ऑफ़लाइन प्रतियाँ बंद हैं, इसलिए नस्ती भेजने की कार्यवाही बाद के लिए नहीं रखी जा सकती।</translation>
    </message>
    <message>
        <source>A move of file %1 is already waiting to be sent.</source>
        <translation>नस्ती %1 को भेजने की एक कार्यवाही पहले से भेजे जाने की प्रतीक्षा में है।</translation>
    </message>
    <message>
        <source>File %1 is not with you in the copy on this computer, so it cannot be moved offline.</source>
        <translation>इस कंप्यूटर की प्रति के अनुसार नस्ती %1 आपके पास नहीं है, इसलिए इसे ऑफ़लाइन नहीं भेजा जा सकता।</translation>
    </message>
    <message>
        <source>The move could not be written to %1.</source>
        <translation>यह कार्यवाही %1 में नहीं लिखी जा सकी।</translation>
    </message>
    <message>
        <source>File %1 went to %2 (queued at %3).</source>
        <translation>नस्ती %1 %2 को भेज दी गई (%3 बजे कतार में रखी गई थी)।</translation>
    </message>
    <message>
        <source>File %1 was not moved: %2 Your note is kept as your draft on the file.</source>
        <translation>नस्ती %1 नहीं भेजी गई: %2 आपकी टिप्पणी नस्ती पर आपके प्रारूप के रूप में सुरक्षित है।</translation>
    </message>
</context>
<context>
    <name>nasti::CredentialStore</name>
    <message>
        <source>No keychain service is running on this computer; your password will not be remembered.</source>
        <translation>इस कंप्यूटर पर कोई कीचेन सेवा नहीं चल रही है; आपका पासवर्ड याद नहीं रखा जाएगा।</translation>
    </message>
    <message>
        <source>No password is remembered for this login.</source>
        <translation>इस लॉगिन का कोई पासवर्ड याद नहीं रखा गया है।</translation>
    </message>
    <message>
        <source>The keychain refused access; your password is not remembered.</source>
        <translation>कीचेन ने पहुँच अस्वीकार कर दी; आपका पासवर्ड याद नहीं रखा गया।</translation>
    </message>
    <message>
        <source>The keychain failed (%1); your password is not remembered.</source>
        <translation>कीचेन विफल रहा (%1); आपका पासवर्ड याद नहीं रखा गया।</translation>
    </message>
</context>
<context>
    <name>nasti::Database</name>
    <message>
        <source>The Qt SQL driver %1 is not installed.</source>
        <translation>Qt SQL ड्राइवर %1 स्थापित नहीं है।</translation>
    </message>
    <message>
        <source>Cannot create the database file %1: %2</source>
        <translation>डेटाबेस फ़ाइल %1 नहीं बनाई जा सकी: %2</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>डेटाबेस %1 नहीं खोला जा सका: %2</translation>
    </message>
    <message>
        <source>A frozen note cannot be changed or deleted; write a new note instead.</source>
        <translation>स्थिर की गई टीप बदली या हटाई नहीं जा सकती; इसके स्थान पर नई टीप लिखें।</translation>
    </message>
    <message>
        <source>The file's history cannot be changed or deleted.</source>
        <translation>नस्ती का इतिहास बदला या हटाया नहीं जा सकता।</translation>
    </message>
    <message>
        <source>Only the post that holds the file may write a note on it.</source>
        <translation>नस्ती पर टीप केवल वही पद लिख सकता है जिसके पास नस्ती है।</translation>
    </message>
    <message>
        <source>Only the post that holds the file may move it.</source>
        <translation>नस्ती को केवल वही पद अग्रेषित कर सकता है जिसके पास नस्ती है।</translation>
    </message>
    <message>
        <source>The file's custodian can change only through a recorded movement.</source>
        <translation>नस्ती का अभिरक्षक पद केवल अभिलिखित अग्रेषण द्वारा ही बदल सकता है।</translation>
    </message>
    <message>
        <source>Draft notes must be frozen before the file leaves the post.</source>
        <translation>नस्ती के पद से आगे जाने से पहले प्रारूप टीपें स्थिर की जानी चाहिए।</translation>
    </message>
    <message>
        <source>A file's number, section and creator cannot be changed.</source>
        <translation>नस्ती का क्रमांक, अनुभाग और सृजनकर्ता बदले नहीं जा सकते।</translation>
    </message>
    <message>
        <source>Files are never deleted.</source>
        <translation>नस्तियाँ कभी हटाई नहीं जातीं।</translation>
    </message>
    <message>
        <source>The file is closed.</source>
        <translation>नस्ती बंद है।</translation>
    </message>
    <message>
        <source>A note is frozen only when the file leaves its author's post.</source>
        <translation>टीप तभी स्थिर होती है जब नस्ती उसके लेखक के पद से आगे जाती है।</translation>
    </message>
    <message>
        <source>You are not authorised to do this.</source>
        <translation>आप यह कार्य करने के लिए अधिकृत नहीं हैं।</translation>
    </message>
    <message>
        <source>You do not hold the post you are acting for.</source>
        <translation>आप उस पद पर पदस्थ नहीं हैं जिसकी ओर से आप कार्य कर रहे हैं।</translation>
    </message>
    <message>
        <source>The database refused the change (%1).</source>
        <translation>डेटाबेस ने परिवर्तन अस्वीकार कर दिया (%1)।</translation>
    </message>
    <message>
        <source>The database refused a duplicate: %1</source>
        <translation>डेटाबेस ने दोहरी प्रविष्टि अस्वीकार कर दी: %1</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>डेटाबेस त्रुटि: %1</translation>
    </message>
    <message>
        <source>no reason given by the driver</source>
        <translation>ड्राइवर ने कोई कारण नहीं बताया</translation>
    </message>
    <message>
        <source>Cannot register Nasti's functions on the SQLite connection.</source>
        <translation>SQLite कनेक्शन पर नस्ती के फ़ंक्शन पंजीकृत नहीं हो सके।</translation>
    </message>
    <message>
        <source>Your post may open files and diarise letters only in its own section.</source>
        <translation>आपका पद केवल अपनी ही शाखा में नस्ती खोल सकता है और पत्र डायरी कर सकता है।</translation>
    </message>
    <message>
        <source>Only the post that opened the file may close or reopen it, and only after a competent officer's approval.</source>
        <translation>नस्ती को वही पद बंद कर सकता है या फिर से खोल सकता है जिसने उसे खोला था, और बंद केवल सक्षम अधिकारी के अनुमोदन के बाद।</translation>
    </message>
    <message>
        <source>That change of the file's state is not an action Nasti allows.</source>
        <translation>नस्ती की स्थिति में ऐसा परिवर्तन नस्ती में अनुमत कार्य नहीं है।</translation>
    </message>
    <message>
        <source>The file's version moves on by one with each change.</source>
        <translation>हर परिवर्तन पर नस्ती का संस्करण एक-एक करके ही आगे बढ़ता है।</translation>
    </message>
    <message>
        <source>A file is marked opened once, by its holder.</source>
        <translation>नस्ती को “खोली गई” केवल एक बार चिह्नित किया जाता है, और वह भी उसके धारक द्वारा।</translation>
    </message>
    <message>
        <source>There is no such post.</source>
        <translation>ऐसा कोई पद नहीं है।</translation>
    </message>
    <message>
        <source>There is no such enabled user.</source>
        <translation>ऐसा कोई सक्रिय उपयोगकर्ता नहीं है।</translation>
    </message>
    <message>
        <source>The document's bytes do not match the SHA-256 it was stored under.</source>
        <translation>दस्तावेज़ के बाइट उस SHA-256 से मेल नहीं खाते जिसके अंतर्गत उसे रखा गया था।</translation>
    </message>
    <message>
        <source>This receipt is already in a file.</source>
        <translation>यह आवक पत्र पहले से किसी नस्ती में है।</translation>
    </message>
    <message>
        <source>The frozen note's hash does not match its content.</source>
        <translation>स्थिर टीप का हैश उसकी सामग्री से मेल नहीं खाता।</translation>
    </message>
    <message>
        <source>The file has moved or changed meanwhile; nothing was done and your draft is kept.</source>
        <translation>इस बीच नस्ती आगे बढ़ गई या बदल गई; कुछ नहीं किया गया और आपका प्रारूप सुरक्षित है।</translation>
    </message>
    <message>
        <source>The database is busy; nothing was changed. Try again in a moment.</source>
        <translation>डेटाबेस व्यस्त है; कुछ नहीं बदला गया। थोड़ी देर में फिर प्रयास करें।</translation>
    </message>
    <message>
        <source>the connection to the database is closed</source>
        <translation>डेटाबेस से संपर्क बंद है</translation>
    </message>
    <message>
        <source>the database gave no reason (the connection may have been lost)</source>
        <translation>डेटाबेस ने कोई कारण नहीं बताया (संभवतः संपर्क टूट गया है)</translation>
    </message>
    <message>
        <source>Only the post that holds the file may draft, approve or issue in it.</source>
        <translation>नस्ती में प्रारूप लिखना, अनुमोदित करना या जारी करना केवल वही पद कर सकता है जिसके पास नस्ती है।</translation>
    </message>
    <message>
        <source>The file is closed or parked; drafts are written on open files only.</source>
        <translation>नस्ती बंद या स्थगित है; प्रारूप केवल खुली नस्तियों में लिखे जाते हैं।</translation>
    </message>
    <message>
        <source>A draft or version number must be the next one.</source>
        <translation>प्रारूप या संस्करण क्रमांक अगला क्रमांक ही होना चाहिए।</translation>
    </message>
    <message>
        <source>This draft has been issued; it cannot be revised, approved or issued again.</source>
        <translation>यह प्रारूप जारी हो चुका है; इसे संशोधित, अनुमोदित या पुनः जारी नहीं किया जा सकता।</translation>
    </message>
    <message>
        <source>A later version of this draft exists; only the latest version can be approved or issued.</source>
        <translation>इस प्रारूप का बाद का संस्करण उपलब्ध है; केवल नवीनतम संस्करण ही अनुमोदित या जारी किया जा सकता है।</translation>
    </message>
    <message>
        <source>This version of the draft has not been approved; it cannot be issued.</source>
        <translation>प्रारूप का यह संस्करण अनुमोदित नहीं हुआ है; इसे जारी नहीं किया जा सकता।</translation>
    </message>
    <message>
        <source>The addressee list is not well formed: each needs a name and a mode, and a section for delivery through Nasti.</source>
        <translation>प्राप्तकर्ताओं की सूची सही रूप में नहीं है: प्रत्येक का नाम और प्रेषण माध्यम आवश्यक है, तथा Nasti के माध्यम से भेजने के लिए अनुभाग भी।</translation>
    </message>
    <message>
        <source>Only a post of the file's own section, holding the file, may issue its letters.</source>
        <translation>नस्ती के पत्र केवल नस्ती के अपने अनुभाग का वही पद जारी कर सकता है जिसके पास नस्ती है।</translation>
    </message>
    <message>
        <source>Only the postage of an entry sent by post can be written, and only once.</source>
        <translation>डाक व्यय केवल डाक से भेजी गई प्रविष्टि का ही दर्ज किया जा सकता है, और केवल एक बार।</translation>
    </message>
    <message>
        <source>A letter cannot be issued without its fair copy.</source>
        <translation>पत्र उसकी स्वच्छ प्रति के बिना जारी नहीं किया जा सकता।</translation>
    </message>
    <message>
        <source>The addressed section has no post to receive the letter.</source>
        <translation>संबोधित अनुभाग में पत्र प्राप्त करने के लिए कोई पद नहीं है।</translation>
    </message>
    <message>
        <source>Parking needs a reason and a review date after today.</source>
        <translation>नस्ती स्थगित करने के लिए कारण और आज के बाद की समीक्षा तिथि आवश्यक है।</translation>
    </message>
    <message>
        <source>This reminder or escalation is not due for the file as it stands.</source>
        <translation>नस्ती की वर्तमान स्थिति में यह स्मरण-पत्र या उच्च स्तर पर प्रेषण देय नहीं है।</translation>
    </message>
    <message>
        <source>A reference category needs its reference number, and only then.</source>
        <translation>संदर्भ श्रेणी के साथ उसका संदर्भ क्रमांक आवश्यक है, और उसके बिना नहीं।</translation>
    </message>
    <message>
        <source>What you decide must carry your digital signature; it was not signed, so nothing was frozen, approved or issued.</source>
        <translation>आपके निर्णय पर आपके डिजिटल हस्ताक्षर होना आवश्यक है; इस पर हस्ताक्षर नहीं हुए, अतः न कुछ स्थिर किया गया, न अनुमोदित और न ही जारी किया गया।</translation>
    </message>
    <message>
        <source>Your signing certificate is not valid now (it expired or was revoked); ask the administrator to renew it. Nothing was signed.</source>
        <translation>आपका हस्ताक्षर प्रमाणपत्र अभी वैध नहीं है (उसकी अवधि समाप्त हो गई है या वह निरस्त कर दिया गया है); उसके नवीनीकरण के लिए प्रशासक से कहें। कुछ भी हस्ताक्षरित नहीं किया गया।</translation>
    </message>
    <message>
        <source>A signature must be over the record's own hash.</source>
        <translation>हस्ताक्षर अभिलेख के अपने हैश पर ही होना चाहिए।</translation>
    </message>
    <message>
        <source>A certificate cannot be valid from before it was made.</source>
        <translation>कोई प्रमाणपत्र अपने बनने से पहले की तिथि से वैध नहीं हो सकता।</translation>
    </message>
</context>
<context>
    <name>nasti::DbUrl</name>
    <message>
        <source>No database given: use sqlite:PATH or postgresql://USER@HOST:PORT/DB.</source>
        <translation>कोई डेटाबेस नहीं दिया गया: sqlite:PATH या postgresql://USER@HOST:PORT/DB का प्रयोग करें।</translation>
    </message>
    <message>
        <source>The sqlite: database URL has no file path.</source>
        <translation>sqlite: डेटाबेस URL में फ़ाइल पथ नहीं है।</translation>
    </message>
    <message>
        <source>The PostgreSQL URL is malformed: %1</source>
        <translation>PostgreSQL URL त्रुटिपूर्ण है: %1</translation>
    </message>
    <message>
        <source>The PostgreSQL URL names no database (…/DBNAME).</source>
        <translation>PostgreSQL URL में डेटाबेस का नाम नहीं है (…/DBNAME)।</translation>
    </message>
    <message>
        <source>Unknown PostgreSQL URL option “%1”.</source>
        <translation>अज्ञात PostgreSQL URL विकल्प “%1”।</translation>
    </message>
    <message>
        <source>Unknown database URL “%1”: use sqlite:PATH or postgresql://USER@HOST:PORT/DB.</source>
        <translation>अज्ञात डेटाबेस URL “%1”: sqlite:PATH या postgresql://USER@HOST:PORT/DB का प्रयोग करें।</translation>
    </message>
    <message>
        <source>The PostgreSQL URL lists a malformed server “%1” (use HOST:PORT,HOST:PORT).</source>
        <translation>PostgreSQL URL में सर्वर “%1” गलत लिखा है (HOST:PORT,HOST:PORT लिखें)।</translation>
    </message>
</context>
<context>
    <name>nasti::DemoSeeder</name>
    <message>
        <source>This database already has an organisation; the demo office is seeded only into an empty database.</source>
        <translation>इस डेटाबेस में पहले से एक संगठन है; डेमो कार्यालय केवल खाली डेटाबेस में ही बनाया जाता है।</translation>
    </message>
</context>
<context>
    <name>nasti::DiariseDialog</name>
    <message>
        <source>Diarise a receipt</source>
        <translation>आवक पत्र डायरी करें</translation>
    </message>
    <message>
        <source>Drop the letter (PDF) here, or choose it.</source>
        <translation>पत्र (PDF) यहाँ छोड़ें, या उसे चुनें।</translation>
    </message>
    <message>
        <source>&amp;Choose PDF…</source>
        <translation>PDF चुनें(&amp;C)…</translation>
    </message>
    <message>
        <source>Choose PDF</source>
        <translation>PDF चुनें</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>प्रेषक</translation>
    </message>
    <message>
        <source>Letter number</source>
        <translation>पत्र क्रमांक</translation>
    </message>
    <message>
        <source>Letter date known</source>
        <translation>पत्र का दिनांक ज्ञात है</translation>
    </message>
    <message>
        <source>Letter date</source>
        <translation>पत्र का दिनांक</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>विषय</translation>
    </message>
    <message>
        <source>Security grading</source>
        <translation>सुरक्षा वर्गीकरण</translation>
    </message>
    <message>
        <source>Then open a &amp;new file with this receipt</source>
        <translation>फिर इस आवक पत्र से नई नस्ती खोलें(&amp;N)</translation>
    </message>
    <message>
        <source>Open a new file with this receipt</source>
        <translation>इस आवक पत्र से नई नस्ती खोलें</translation>
    </message>
    <message>
        <source>&amp;Sender:</source>
        <translation>प्रेषक(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Letter number:</source>
        <translation>पत्र क्रमांक(&amp;L):</translation>
    </message>
    <message>
        <source>Letter &amp;date:</source>
        <translation>पत्र का दिनांक(&amp;D):</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>विषय(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Grading:</source>
        <translation>वर्गीकरण(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Diarise</source>
        <translation>डायरी करें(&amp;D)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>%1 is too large (%2); a receipt may be at most %3.</source>
        <translation>%1 बहुत बड़ी है (%2); आवक पत्र अधिकतम %3 का हो सकता है।</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 पढ़ा नहीं जा सका: %2</translation>
    </message>
    <message>
        <source>%1 cannot be diarised: %2</source>
        <translation>%1 डायरी नहीं किया जा सकता: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n page(s), %2</source>
        <translation>
            <numerusform>%1 — %n पृष्ठ, %2</numerusform>
            <numerusform>%1 — %n पृष्ठ, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the letter</source>
        <translation>पत्र चुनें</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF दस्तावेज़ (*.pdf)</translation>
    </message>
    <message>
        <source>Choose the letter (a PDF) first.</source>
        <translation>पहले पत्र (PDF) चुनें।</translation>
    </message>
    <message>
        <source>Enter the sender.</source>
        <translation>प्रेषक दर्ज करें।</translation>
    </message>
    <message>
        <source>Enter the subject of the letter.</source>
        <translation>पत्र का विषय दर्ज करें।</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>श्रेणी(&amp;T):</translation>
    </message>
</context>
<context>
    <name>nasti::DispatchRegisterPage</name>
    <message>
        <source>Dispatch register</source>
        <translation>प्रेषण पंजी</translation>
    </message>
    <message>
        <source>Search the register</source>
        <translation>पंजी में खोजें</translation>
    </message>
    <message>
        <source>Export the dispatch register</source>
        <translation>प्रेषण पंजी निर्यात करें</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV फ़ाइल (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n register row(s) written to %1.</source>
        <translation>
            <numerusform>पंजी की %n पंक्ति %1 में लिखी गई।</numerusform>
            <numerusform>पंजी की %n पंक्तियाँ %1 में लिखी गईं।</numerusform>
        </translation>
    </message>
    <message>
        <source>Dispatch no.</source>
        <translation>प्रेषण क्र.</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>जारी</translation>
    </message>
    <message>
        <source>File</source>
        <translation>नस्ती</translation>
    </message>
    <message>
        <source>To</source>
        <translation>प्राप्तकर्ता</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>प्रेषण माध्यम</translation>
    </message>
    <message>
        <source>Received as</source>
        <translation>प्राप्ति (डायरी क्र.)</translation>
    </message>
    <message>
        <source>Postage</source>
        <translation>डाक व्यय</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>विषय</translation>
    </message>
    <message>
        <source>Dispatch number, file number, subject or addressee</source>
        <translation>प्रेषण क्रमांक, नस्ती क्रमांक, विषय या प्राप्तकर्ता</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV निर्यात करें…</translation>
    </message>
    <message>
        <source>Every letter your sections issued, one row for each addressee and copy. Letters sent through Nasti show the diary number they received in the other section's dak.</source>
        <translation>आपके अनुभागों द्वारा जारी प्रत्येक पत्र, हर प्राप्तकर्ता और प्रतिलिपि के लिए एक पंक्ति। Nasti के माध्यम से भेजे गए पत्रों के साथ वह डायरी क्रमांक दिखता है जो उन्हें दूसरे अनुभाग की डाक में मिला।</translation>
    </message>
    <message>
        <source>Copy: </source>
        <translation>प्रतिलिपि: </translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>निर्यात नहीं हुआ</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 में लिखा नहीं जा सका: %2</translation>
    </message>
    <message>
        <source>Postage of %1 to %2, in rupees:</source>
        <translation>%1 का %2 को डाक व्यय, रुपयों में:</translation>
    </message>
    <message>
        <source>Postage of %1 recorded.</source>
        <translation>%1 का डाक व्यय दर्ज किया गया।</translation>
    </message>
    <message>
        <source>Postage not recorded</source>
        <translation>डाक व्यय दर्ज नहीं हुआ</translation>
    </message>
    <message>
        <source>Record postage…</source>
        <translation>डाक व्यय दर्ज करें…</translation>
    </message>
</context>
<context>
    <name>nasti::DraftBanner</name>
    <message>
        <source>Open them</source>
        <translation>इन्हें खोलें</translation>
    </message>
    <message>
        <source>Notes you typed but did not send are kept on this computer for: %1.</source>
        <translation>आपके द्वारा लिखी गई पर न भेजी गई टीपें इस कंप्यूटर पर सुरक्षित हैं: %1।</translation>
    </message>
</context>
<context>
    <name>nasti::DraftCompareDialog</name>
    <message>
        <source>%1 — compare versions</source>
        <translation>%1 — संस्करणों की तुलना</translation>
    </message>
    <message>
        <source>Older version</source>
        <translation>पुराना संस्करण</translation>
    </message>
    <message>
        <source>Newer version</source>
        <translation>नया संस्करण</translation>
    </message>
    <message>
        <source>Version %1 — %2 (%3)</source>
        <translation>संस्करण %1 — %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) removed</source>
        <translation>
            <numerusform>%n शब्द हटाया गया</numerusform>
            <numerusform>%n शब्द हटाए गए</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) added</source>
        <translation>
            <numerusform>%n शब्द जोड़ा गया</numerusform>
            <numerusform>%n शब्द जोड़े गए</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nasti::DraftEditorDialog</name>
    <message>
        <source>Draft %1 of %2 — version %3</source>
        <translation>%2 का प्रारूप %1 — संस्करण %3</translation>
    </message>
    <message>
        <source>New draft in %1</source>
        <translation>%1 में नया प्रारूप</translation>
    </message>
    <message>
        <source>Kind of draft</source>
        <translation>प्रारूप का प्रकार</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <source>English</source>
        <translation>अंग्रेज़ी</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>हिंदी</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>विषय</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>संदर्भ</translation>
    </message>
    <message>
        <source>Text of the draft</source>
        <translation>प्रारूप का पाठ</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>बोल्ड</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>इटैलिक</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>रेखांकित</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>क्रमांकित सूची</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>बुलेट सूची</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>तालिका</translation>
    </message>
    <message>
        <source>Upload a PDF instead…</source>
        <translation>इसके स्थान पर PDF अपलोड करें…</translation>
    </message>
    <message>
        <source>Save version %1</source>
        <translation>संस्करण %1 सहेजें</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>प्रारूप सहेजें</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>भाषा:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>प्रकार:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>प्रति:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>विषय (&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>संदर्भ (&amp;R):</translation>
    </message>
    <message>
        <source>Copy to:</source>
        <translation>प्रतिलिपि:</translation>
    </message>
    <message>
        <source>The draft is the uploaded PDF %1 (%2 KB); the text above is not used.</source>
        <translation>प्रारूप अपलोड की गई PDF %1 (%2 KB) है; ऊपर का पाठ प्रयुक्त नहीं होगा।</translation>
    </message>
    <message>
        <source>Upload the draft as a PDF</source>
        <translation>प्रारूप PDF के रूप में अपलोड करें</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF दस्तावेज़ (*.pdf)</translation>
    </message>
    <message>
        <source>%1 cannot be read or is larger than 25 MB.</source>
        <translation>%1 पढ़ी नहीं जा सकती या 25 MB से बड़ी है।</translation>
    </message>
    <message>
        <source>Give the subject.</source>
        <translation>विषय दर्ज करें।</translation>
    </message>
    <message>
        <source>Add at least one addressee.</source>
        <translation>कम से कम एक प्राप्तकर्ता जोड़ें।</translation>
    </message>
    <message>
        <source>Write the text of the draft, or upload it as a PDF.</source>
        <translation>प्रारूप का पाठ लिखें, या उसे PDF के रूप में अपलोड करें।</translation>
    </message>
    <message>
        <source>Every addressee needs a name.</source>
        <translation>प्रत्येक प्राप्तकर्ता का नाम आवश्यक है।</translation>
    </message>
    <message>
        <source>“%1” is sent through Nasti: choose the section.</source>
        <translation>“%1” को Nasti के माध्यम से भेजा जा रहा है: अनुभाग चुनें।</translation>
    </message>
    <message>
        <source>“%1” is sent by e-mail: give the e-mail address.</source>
        <translation>“%1” को ई-मेल से भेजा जा रहा है: ई-मेल पता दर्ज करें।</translation>
    </message>
</context>
<context>
    <name>nasti::DraftPanel</name>
    <message>
        <source>version %1</source>
        <translation>संस्करण %1</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>प्रति:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>विषय:</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>संदर्भ:</translation>
    </message>
    <message>
        <source>The text is an uploaded PDF.</source>
        <translation>पाठ एक अपलोड की गई PDF है।</translation>
    </message>
    <message>
        <source>Copy to:</source>
        <translation>प्रतिलिपि:</translation>
    </message>
    <message>
        <source>Written by %1 (%2) on %3.</source>
        <translation>%3 को %1 (%2) द्वारा लिखित।</translation>
    </message>
    <message>
        <source>Approved by %1, %2, on %3.</source>
        <translation>%3 को %1, %2 द्वारा अनुमोदित।</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>प्रारूप</translation>
    </message>
    <message>
        <source>The chosen version</source>
        <translation>चयनित संस्करण</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>प्रारूप</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>लेखक</translation>
    </message>
    <message>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>No drafts yet. The holder of the file writes the reply, order or circular here (New draft); an officer approves a version; the section issues it.</source>
        <translation>अभी कोई प्रारूप नहीं है। नस्ती का धारक उत्तर, आदेश या परिपत्र का प्रारूप यहाँ लिखता है (नया प्रारूप); अधिकारी किसी संस्करण का अनुमोदन करता है; अनुभाग उसे जारी करता है।</translation>
    </message>
    <message>
        <source>Issued as %1 on %2</source>
        <translation>%2 को %1 के रूप में जारी</translation>
    </message>
    <message>
        <source>Approved (version %1); to be issued</source>
        <translation>अनुमोदित (संस्करण %1); जारी होना शेष</translation>
    </message>
    <message>
        <source>Awaiting approval (version %1)</source>
        <translation>अनुमोदन की प्रतीक्षा (संस्करण %1)</translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>%1 द्वारा अनुमोदित</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>अधिक्रमित</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>संस्करण %1</translation>
    </message>
</context>
<context>
    <name>nasti::DraftQueries</name>
    <message>
        <source>There is no file numbered “%1”.</source>
        <translation>“%1” क्रमांक की कोई नस्ती नहीं है।</translation>
    </message>
</context>
<context>
    <name>nasti::DraftService</name>
    <message>
        <source>A reviewer reads files but cannot draft, approve or issue.</source>
        <translation>समीक्षक नस्तियाँ पढ़ सकता है, पर न प्रारूप लिख सकता है, न अनुमोदित या जारी कर सकता है।</translation>
    </message>
    <message>
        <source>There is no file numbered “%1”.</source>
        <translation>“%1” क्रमांक की कोई नस्ती नहीं है।</translation>
    </message>
    <message>
        <source>File %1 is with %2; only that post may %3.</source>
        <translation>नस्ती %1 पद %2 के पास है; यह कार्य (%3) केवल वही पद कर सकता है।</translation>
    </message>
    <message>
        <source>File %1 is closed; reopen it first.</source>
        <translation>नस्ती %1 बंद है; पहले इसे पुनः खोलें।</translation>
    </message>
    <message>
        <source>File %1 is parked; unpark it first.</source>
        <translation>नस्ती %1 स्थगित है; पहले इसका स्थगन समाप्त करें।</translation>
    </message>
    <message>
        <source>File %1 has no draft %2.</source>
        <translation>नस्ती %1 में प्रारूप %2 नहीं है।</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>विषय</translation>
    </message>
    <message>
        <source>The draft has no subject.</source>
        <translation>प्रारूप का कोई विषय नहीं है।</translation>
    </message>
    <message>
        <source>The subject is too long (at most %1 characters).</source>
        <translation>विषय बहुत लंबा है (अधिकतम %1 अक्षर)।</translation>
    </message>
    <message>
        <source>The draft has no addressee; say to whom it goes.</source>
        <translation>प्रारूप का कोई प्राप्तकर्ता नहीं है; बताएँ कि यह किसे भेजा जाना है।</translation>
    </message>
    <message>
        <source>A draft has at most %1 addressees and copies.</source>
        <translation>एक प्रारूप में अधिकतम %1 प्राप्तकर्ता और प्रतिलिपियाँ हो सकती हैं।</translation>
    </message>
    <message>
        <source>addressee</source>
        <translation>प्राप्तकर्ता</translation>
    </message>
    <message>
        <source>address</source>
        <translation>पता</translation>
    </message>
    <message>
        <source>An addressee has no name.</source>
        <translation>एक प्राप्तकर्ता का नाम नहीं है।</translation>
    </message>
    <message>
        <source>The addressee “%1” is too long.</source>
        <translation>प्राप्तकर्ता “%1” बहुत लंबा है।</translation>
    </message>
    <message>
        <source>“%1” is not a way of sending a letter; use one of: %2.</source>
        <translation>“%1” पत्र भेजने का कोई माध्यम नहीं है; इनमें से किसी एक का प्रयोग करें: %2।</translation>
    </message>
    <message>
        <source>The addressee “%1” is to receive it through Nasti; say which section.</source>
        <translation>प्राप्तकर्ता “%1” को यह Nasti के माध्यम से प्राप्त होना है; बताएँ कि किस अनुभाग को।</translation>
    </message>
    <message>
        <source>There is no section “%1”.</source>
        <translation>“%1” नाम का कोई अनुभाग नहीं है।</translation>
    </message>
    <message>
        <source>Section %1 is the file's own section; a letter through Nasti goes to another section.</source>
        <translation>अनुभाग %1 नस्ती का अपना ही अनुभाग है; Nasti के माध्यम से पत्र किसी अन्य अनुभाग को ही भेजा जाता है।</translation>
    </message>
    <message>
        <source>Section %1 is addressed twice through Nasti.</source>
        <translation>अनुभाग %1 को Nasti के माध्यम से दो बार संबोधित किया गया है।</translation>
    </message>
    <message>
        <source>The addressee “%1” names a section but is not sent through Nasti.</source>
        <translation>प्राप्तकर्ता “%1” के साथ अनुभाग दिया गया है, पर उसे Nasti के माध्यम से नहीं भेजा जा रहा है।</translation>
    </message>
    <message>
        <source>The addressee “%1” is to receive it by e-mail; give the e-mail address.</source>
        <translation>प्राप्तकर्ता “%1” को यह ई-मेल से प्राप्त होना है; ई-मेल पता दें।</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>संदर्भ</translation>
    </message>
    <message>
        <source>The reference is too long (at most %1 characters).</source>
        <translation>संदर्भ बहुत लंबा है (अधिकतम %1 अक्षर)।</translation>
    </message>
    <message>
        <source>A draft is written in the editor or uploaded as a PDF, not both.</source>
        <translation>प्रारूप या तो संपादक में लिखा जाता है या PDF के रूप में अपलोड किया जाता है, दोनों नहीं।</translation>
    </message>
    <message>
        <source>The draft is empty; write its text or upload a PDF.</source>
        <translation>प्रारूप खाली है; उसका पाठ लिखें या PDF अपलोड करें।</translation>
    </message>
    <message>
        <source>The draft's text is too long (at most %1 characters).</source>
        <translation>प्रारूप का पाठ बहुत लंबा है (अधिकतम %1 अक्षर)।</translation>
    </message>
    <message>
        <source>The uploaded PDF is larger than 25 MB.</source>
        <translation>अपलोड की गई PDF 25 MB से बड़ी है।</translation>
    </message>
    <message>
        <source>This program cannot check an uploaded PDF.</source>
        <translation>यह प्रोग्राम अपलोड की गई PDF की जाँच नहीं कर सकता।</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The uploaded PDF</source>
        <translation>अपलोड की गई PDF</translation>
    </message>
    <message>
        <source>“%1” is not a kind of draft; use one of: %2.</source>
        <translation>“%1” प्रारूप का कोई प्रकार नहीं है; इनमें से किसी एक का प्रयोग करें: %2।</translation>
    </message>
    <message>
        <source>A draft is in Hindi (hi) or English (en), not “%1”.</source>
        <translation>प्रारूप हिंदी (hi) या अंग्रेज़ी (en) में होता है, “%1” में नहीं।</translation>
    </message>
    <message>
        <source>draft in it</source>
        <translation>इसमें प्रारूप लिखना</translation>
    </message>
    <message>
        <source>revise its drafts</source>
        <translation>इसके प्रारूप संशोधित करना</translation>
    </message>
    <message>
        <source>Draft %1 of file %2 has been issued; it cannot be revised.</source>
        <translation>नस्ती %2 का प्रारूप %1 जारी हो चुका है; इसे संशोधित नहीं किया जा सकता।</translation>
    </message>
    <message>
        <source>approve its drafts</source>
        <translation>इसके प्रारूप अनुमोदित करना</translation>
    </message>
    <message>
        <source>Only an officer may approve a draft.</source>
        <translation>प्रारूप केवल अधिकारी ही अनुमोदित कर सकता है।</translation>
    </message>
    <message>
        <source>The remarks are too long (at most 2000 characters).</source>
        <translation>अभ्युक्ति बहुत लंबी है (अधिकतम 2000 अक्षर)।</translation>
    </message>
    <message>
        <source>remarks</source>
        <translation>अभ्युक्ति</translation>
    </message>
    <message>
        <source>Draft %1 of file %2 has no version %3.</source>
        <translation>नस्ती %2 के प्रारूप %1 का कोई संस्करण %3 नहीं है।</translation>
    </message>
    <message>
        <source>Draft %1 of file %2 has been issued already.</source>
        <translation>नस्ती %2 का प्रारूप %1 पहले ही जारी हो चुका है।</translation>
    </message>
    <message>
        <source>Version %1 of draft %2 has been superseded by version %3; only the latest version can be approved.</source>
        <translation>प्रारूप %2 का संस्करण %1 संस्करण %3 द्वारा अधिक्रमित हो चुका है; केवल नवीनतम संस्करण ही अनुमोदित किया जा सकता है।</translation>
    </message>
    <message>
        <source>Version %1 of draft %2 is approved already.</source>
        <translation>प्रारूप %2 का संस्करण %1 पहले ही अनुमोदित है।</translation>
    </message>
    <message>
        <source>Draft %1 (%2), version %3, is approved.</source>
        <translation>प्रारूप %1 (%2), संस्करण %3, अनुमोदित किया गया।</translation>
    </message>
    <message>
        <source>The draft version is not there.</source>
        <translation>प्रारूप का संस्करण उपलब्ध नहीं है।</translation>
    </message>
    <message>
        <source>Draft %1 of file %2 has no version.</source>
        <translation>नस्ती %2 के प्रारूप %1 का कोई संस्करण नहीं है।</translation>
    </message>
    <message>
        <source>issue its letters</source>
        <translation>इसके पत्र जारी करना</translation>
    </message>
    <message>
        <source>Letters of file %1 are issued by its own section; post %2 is not in it.</source>
        <translation>नस्ती %1 के पत्र उसका अपना अनुभाग ही जारी करता है; पद %2 उस अनुभाग में नहीं है।</translation>
    </message>
    <message>
        <source>Version %1 of draft %2 has been superseded by version %3; only the latest version can be issued.</source>
        <translation>प्रारूप %2 का संस्करण %1 संस्करण %3 द्वारा अधिक्रमित हो चुका है; केवल नवीनतम संस्करण ही जारी किया जा सकता है।</translation>
    </message>
    <message>
        <source>Version %1 of draft %2 is not approved; an officer must approve it before it is issued.</source>
        <translation>प्रारूप %2 का संस्करण %1 अनुमोदित नहीं है; जारी करने से पहले किसी अधिकारी द्वारा इसका अनुमोदन आवश्यक है।</translation>
    </message>
    <message>
        <source>Draft %1 has no addressee.</source>
        <translation>प्रारूप %1 का कोई प्राप्तकर्ता नहीं है।</translation>
    </message>
    <message>
        <source>The fair copy could not be rendered.</source>
        <translation>स्वच्छ प्रति तैयार नहीं की जा सकी।</translation>
    </message>
    <message>
        <source>The postage must be between 0 and 10,00,000 rupees.</source>
        <translation>डाक व्यय 0 से 10,00,000 रुपये के बीच होना चाहिए।</translation>
    </message>
    <message>
        <source>A reviewer cannot write in the dispatch register.</source>
        <translation>समीक्षक प्रेषण पंजी में प्रविष्टि नहीं कर सकता।</translation>
    </message>
    <message>
        <source>The dispatch register has no entry %1 of %2.</source>
        <translation>प्रेषण पंजी में %2 की प्रविष्टि %1 नहीं है।</translation>
    </message>
    <message>
        <source>Only the issuing section writes in its dispatch register.</source>
        <translation>प्रेषण पंजी में प्रविष्टि केवल जारी करने वाला अनुभाग ही करता है।</translation>
    </message>
    <message>
        <source>Entry %1 of %2 was not sent by post.</source>
        <translation>%2 की प्रविष्टि %1 डाक से नहीं भेजी गई थी।</translation>
    </message>
    <message>
        <source>The postage of entry %1 of %2 is recorded already.</source>
        <translation>%2 की प्रविष्टि %1 का डाक व्यय पहले ही दर्ज है।</translation>
    </message>
    <message>
        <source>Only an administrator sets letterheads.</source>
        <translation>पत्र-शीर्ष केवल प्रशासक ही निर्धारित करता है।</translation>
    </message>
    <message>
        <source>A letterhead is in Hindi (hi) or English (en), not “%1”.</source>
        <translation>पत्र-शीर्ष हिंदी (hi) या अंग्रेज़ी (en) में होता है, “%1” में नहीं।</translation>
    </message>
    <message>
        <source>heading</source>
        <translation>शीर्षक</translation>
    </message>
    <message>
        <source>The letterhead has no heading.</source>
        <translation>पत्र-शीर्ष में कोई शीर्षक नहीं है।</translation>
    </message>
    <message>
        <source>The letterhead's heading and address have at most 500 characters each.</source>
        <translation>पत्र-शीर्ष के शीर्षक और पते में अधिकतम 500-500 अक्षर हो सकते हैं।</translation>
    </message>
    <message>
        <source>There is no department “%1”.</source>
        <translation>“%1” नाम का कोई विभाग नहीं है।</translation>
    </message>
    <message>
        <source>this program cannot make PDF signatures</source>
        <translation>यह प्रोग्राम PDF हस्ताक्षर नहीं बना सकता</translation>
    </message>
    <message>
        <source>your signing key was made before letters were signed as PDFs; enrol a new key (sign in again, or nasti-admin keys enrol) and have it certified</source>
        <translation>आपकी हस्ताक्षर कुंजी पत्रों पर PDF हस्ताक्षर शुरू होने से पहले बनी थी; नई कुंजी बनाएँ (फिर से साइन इन करें, या nasti-admin keys enrol) और उसे प्रमाणित कराएँ</translation>
    </message>
    <message>
        <source>your certificate has no X.509 part (it was certified before letters were signed as PDFs); ask the administrator to certify your key again</source>
        <translation>आपके प्रमाणपत्र में X.509 भाग नहीं है (यह पत्रों पर PDF हस्ताक्षर शुरू होने से पहले प्रमाणित हुआ था); व्यवस्थापक से अपनी कुंजी फिर से प्रमाणित कराएँ</translation>
    </message>
    <message>
        <source>The fair copy has no room for the digital signature (no signature block); nothing was issued.</source>
        <translation>स्वच्छ प्रति में डिजिटल हस्ताक्षर के लिए स्थान नहीं है (हस्ताक्षर खंड नहीं); कुछ भी जारी नहीं हुआ।</translation>
    </message>
    <message>
        <source>No DSC token is registered to you; the administrator registers it (nasti-admin keys register-token). Nothing was issued.</source>
        <translation>आपके नाम कोई DSC टोकन पंजीकृत नहीं है; प्रशासक इसे पंजीकृत करते हैं (nasti-admin keys register-token)। कुछ भी जारी नहीं किया गया।</translation>
    </message>
    <message>
        <source>Your DSC token cannot sign: %1. Nothing was issued.</source>
        <translation>आपका DSC टोकन हस्ताक्षर नहीं कर सकता: %1। कुछ भी जारी नहीं किया गया।</translation>
    </message>
    <message>
        <source>Your letters are signed with your DSC token (%1): give its PIN. Nothing was issued.</source>
        <translation>आपके पत्र आपके DSC टोकन (%1) से हस्ताक्षरित होते हैं: उसका PIN दें। कुछ भी जारी नहीं किया गया।</translation>
    </message>
    <message>
        <source>This program cannot make PDF signatures; nothing was issued.</source>
        <translation>यह प्रोग्राम PDF हस्ताक्षर नहीं बना सकता; कुछ भी जारी नहीं किया गया।</translation>
    </message>
</context>
<context>
    <name>nasti::Drafts</name>
    <message>
        <source>Letter</source>
        <translation>पत्र</translation>
    </message>
    <message>
        <source>Office Memorandum</source>
        <translation>कार्यालय ज्ञापन</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>आदेश</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>अधिसूचना</translation>
    </message>
    <message>
        <source>Circular</source>
        <translation>परिपत्र</translation>
    </message>
    <message>
        <source>D.O. Letter</source>
        <translation>अर्ध-शासकीय पत्र</translation>
    </message>
    <message>
        <source>Note for Cabinet</source>
        <translation>मंत्रिपरिषद हेतु टीप</translation>
    </message>
    <message>
        <source>Through Nasti</source>
        <translation>Nasti के माध्यम से</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ई-मेल</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>डाक</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>दस्ती</translation>
    </message>
    <message>
        <source>The addressee list is not a JSON array.</source>
        <translation>प्राप्तकर्ताओं की सूची JSON सरणी नहीं है।</translation>
    </message>
    <message>
        <source>The addressee “%1” has more than four parts (name|address|mode|section).</source>
        <translation>प्राप्तकर्ता “%1” में चार से अधिक भाग हैं (name|address|mode|section)।</translation>
    </message>
    <message>
        <source>Draft %1 (%2)</source>
        <translation>प्रारूप %1 (%2)</translation>
    </message>
</context>
<context>
    <name>nasti::DraftsAwaitingPage</name>
    <message>
        <source>Drafts for approval</source>
        <translation>अनुमोदन हेतु प्रारूप</translation>
    </message>
    <message>
        <source>File</source>
        <translation>नस्ती</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>प्रारूप</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>संस्करण</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>लेखक</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>कब से</translation>
    </message>
    <message>
        <source>Subject of the draft</source>
        <translation>प्रारूप का विषय</translation>
    </message>
    <message>
        <source>Drafts in files you hold whose latest version awaits your approval. Open the file, read the draft in its Drafts tab, and approve the version (or revise it).</source>
        <translation>आपके पास की नस्तियों के वे प्रारूप जिनका नवीनतम संस्करण आपके अनुमोदन की प्रतीक्षा में है। नस्ती खोलें, उसके “प्रारूप” टैब में प्रारूप पढ़ें, और संस्करण अनुमोदित करें (या उसे संशोधित करें)।</translation>
    </message>
</context>
<context>
    <name>nasti::DscTokenService</name>
    <message>
        <source>A trusted CA needs a name (--name).</source>
        <translation>विश्वसनीय CA का एक नाम होना चाहिए (--name)।</translation>
    </message>
    <message>
        <source>%1 is not a CA certificate; trust the CA that issued the token's certificate.</source>
        <translation>%1 CA प्रमाणपत्र नहीं है; उस CA पर विश्वास करें जिसने टोकन का प्रमाणपत्र जारी किया।</translation>
    </message>
    <message>
        <source>The CA certificate of %1 expired on %2.</source>
        <translation>%1 का CA प्रमाणपत्र %2 को समाप्त हो गया।</translation>
    </message>
    <message>
        <source>The CA %1 is trusted already.</source>
        <translation>CA %1 पर पहले से विश्वास किया गया है।</translation>
    </message>
    <message>
        <source>Name the token's PKCS#11 driver on the officers' desktops (--module PATH).</source>
        <translation>अधिकारियों के डेस्कटॉप पर टोकन का PKCS#11 ड्राइवर बताएँ (--module PATH)।</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>%1 नाम का कोई उपयोगकर्ता नहीं है।</translation>
    </message>
    <message>
        <source>The login %1 is disabled; its tokens cannot be registered.</source>
        <translation>लॉगिन %1 निष्क्रिय है; उसके टोकन पंजीकृत नहीं किए जा सकते।</translation>
    </message>
    <message>
        <source>%1 is a CA certificate, not an officer's.</source>
        <translation>%1 एक CA प्रमाणपत्र है, किसी अधिकारी का नहीं।</translation>
    </message>
    <message>
        <source>No external CA is trusted yet: trust the CA that issued the token's certificate first (nasti-admin keys trust-ca).</source>
        <translation>अभी किसी बाहरी CA पर विश्वास नहीं किया गया है: पहले उस CA पर विश्वास करें जिसने टोकन का प्रमाणपत्र जारी किया (nasti-admin keys trust-ca)।</translation>
    </message>
    <message>
        <source>The certificate of %1 (issued by %2) cannot be registered: %3.</source>
        <translation>%1 का प्रमाणपत्र (%2 द्वारा जारी) पंजीकृत नहीं किया जा सकता: %3।</translation>
    </message>
    <message>
        <source>This certificate is registered to %1 already.</source>
        <translation>यह प्रमाणपत्र पहले से %1 के नाम पंजीकृत है।</translation>
    </message>
</context>
<context>
    <name>nasti::EventLog</name>
    <message>
        <source>Event %1 is missing from the log.</source>
        <translation>घटना %1 लॉग में नहीं है।</translation>
    </message>
    <message>
        <source>The event log was rewritten: event %1 differs from the one seen earlier on this computer.</source>
        <translation>घटना-लॉग पुनः लिखा गया है: घटना %1 इस कंप्यूटर पर पहले देखी गई घटना से भिन्न है।</translation>
    </message>
    <message>
        <source>Event %1 does not link to the event before it.</source>
        <translation>घटना %1 अपनी पिछली घटना से जुड़ी नहीं है।</translation>
    </message>
    <message>
        <source>The chain head does not match the last event in the log.</source>
        <translation>शृंखला शीर्ष लॉग की अंतिम घटना से मेल नहीं खाता।</translation>
    </message>
    <message>
        <source>Event %1 is missing from the log (found %2 next).</source>
        <translation>घटना %1 लॉग में नहीं है (उसके बाद %2 मिली)।</translation>
    </message>
    <message>
        <source>Event %1 was altered after it was written.</source>
        <translation>घटना %1 को लिखे जाने के बाद बदला गया है।</translation>
    </message>
    <message>
        <source>The event log was rewritten: event %1 differs from the one checked earlier.</source>
        <translation>घटना-लॉग पुनः लिखा गया है: घटना %1 पहले जाँची गई घटना से भिन्न है।</translation>
    </message>
    <message>
        <source>The chain head (event %1) does not match the last event in the log (event %2).</source>
        <translation>शृंखला शीर्ष (घटना %1) लॉग की अंतिम घटना (घटना %2) से मेल नहीं खाता।</translation>
    </message>
    <message>
        <source>%1 row %2 is not recorded in the event log.</source>
        <translation>%1 पंक्ति %2 घटना-लॉग में अभिलिखित नहीं है।</translation>
    </message>
    <message>
        <source>%1 row %2 was altered after it was recorded.</source>
        <translation>%1 पंक्ति %2 को अभिलिखित किए जाने के बाद बदला गया है।</translation>
    </message>
    <message>
        <source>%1 row %2, recorded in the event log, is missing.</source>
        <translation>%1 पंक्ति %2, जो घटना-लॉग में अभिलिखित है, उपलब्ध नहीं है।</translation>
    </message>
    <message>
        <source>Event %1 records a second bulk seed; only one is allowed.</source>
        <translation>घटना %1 दूसरा सामूहिक सीड अभिलिखित करती है; केवल एक की अनुमति है।</translation>
    </message>
    <message>
        <source>%1 rows seeded by event %2 were altered, added or removed.</source>
        <translation>घटना %2 द्वारा सीड की गई %1 पंक्तियाँ बदली, जोड़ी या हटाई गई हैं।</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) were recorded but never linked into the chain.</source>
        <translation>
            <numerusform>%n घटना दर्ज हुई पर शृंखला में कभी नहीं जुड़ी।</numerusform>
            <numerusform>%n घटनाएँ दर्ज हुईं पर शृंखला में कभी नहीं जुड़ीं।</numerusform>
        </translation>
    </message>
    <message>
        <source>The document stored as %1 was altered: its bytes have another SHA-256.</source>
        <translation>%1 के रूप में रखा गया दस्तावेज़ बदला गया है: उसके बाइट का SHA-256 भिन्न है।</translation>
    </message>
    <message>
        <source>File %1 is not where its movements took it, or its approval has no approve movement.</source>
        <translation>नस्ती %1 वहाँ नहीं है जहाँ उसके अग्रेषण उसे ले गए, या उसके अनुमोदन का कोई अनुमोदन-अग्रेषण नहीं है।</translation>
    </message>
    <message>
        <source>Letter %1 was issued without its fair copy, or from a version that was not the approved latest one.</source>
        <translation>पत्र %1 स्वच्छ प्रति के बिना, या ऐसे संस्करण से जारी हुआ जो अनुमोदित नवीनतम संस्करण नहीं था।</translation>
    </message>
    <message>
        <source>Letter %1 has %2 dispatch register entries for %3 addressees and copies.</source>
        <translation>पत्र %1 की प्रेषण पंजी में %2 प्रविष्टियाँ हैं, जबकि प्राप्तकर्ता और प्रतिलिपियाँ %3 हैं।</translation>
    </message>
    <message>
        <source>The dispatch register %1 skips or repeats number %2.</source>
        <translation>प्रेषण पंजी %1 में क्रमांक %2 छूटा है या दोहराया गया है।</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) were recorded but not linked into the chain within a minute (the oldest has waited %1 s).</source>
        <translation>
            <numerusform>%n घटना दर्ज हुई पर एक मिनट में शृंखला से नहीं जुड़ी (सबसे पुरानी %1 से. से प्रतीक्षा में है)।</numerusform>
            <numerusform>%n घटनाएँ दर्ज हुईं पर एक मिनट में शृंखला से नहीं जुड़ीं (सबसे पुरानी %1 से. से प्रतीक्षा में है)।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nasti::FairCopyPdf</name>
    <message>
        <source>The approved PDF could not be read for the fair copy.</source>
        <translation>स्वच्छ प्रति के लिए अनुमोदित PDF पढ़ी नहीं जा सकी।</translation>
    </message>
    <message>
        <source>The fair copy could not be drawn.</source>
        <translation>स्वच्छ प्रति बनाई नहीं जा सकी।</translation>
    </message>
</context>
<context>
    <name>nasti::FileActions</name>
    <message>
        <source>&amp;New file…</source>
        <translation>नई नस्ती(&amp;N)…</translation>
    </message>
    <message>
        <source>Open a new file</source>
        <translation>नई नस्ती खोलें</translation>
    </message>
    <message>
        <source>&amp;Diarise receipt…</source>
        <translation>आवक पत्र डायरी करें(&amp;D)…</translation>
    </message>
    <message>
        <source>Diarise an incoming letter (PDF)</source>
        <translation>आवक पत्र (PDF) डायरी करें</translation>
    </message>
    <message>
        <source>&amp;Save note</source>
        <translation>टीप सहेजें(&amp;S)</translation>
    </message>
    <message>
        <source>Save my note as a draft in the file</source>
        <translation>मेरी टीप नस्ती में प्रारूप के रूप में सहेजें</translation>
    </message>
    <message>
        <source>&amp;Put up…</source>
        <translation>प्रस्तुत करें(&amp;P)…</translation>
    </message>
    <message>
        <source>Put the file up to my reporting officer</source>
        <translation>नस्ती मेरे प्रतिवेदक अधिकारी को प्रस्तुत करें</translation>
    </message>
    <message>
        <source>&amp;Forward…</source>
        <translation>अग्रेषित करें(&amp;F)…</translation>
    </message>
    <message>
        <source>Send the file to any post</source>
        <translation>नस्ती किसी भी पद को भेजें</translation>
    </message>
    <message>
        <source>&amp;Return…</source>
        <translation>लौटाएँ(&amp;R)…</translation>
    </message>
    <message>
        <source>Re&amp;call…</source>
        <translation>वापस लें(&amp;C)…</translation>
    </message>
    <message>
        <source>Pull back a file I sent, until its receiver opens it</source>
        <translation>मेरे द्वारा भेजी गई नस्ती वापस लें, जब तक प्राप्तकर्ता उसे न खोले</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>अनुमोदित करें(&amp;A)…</translation>
    </message>
    <message>
        <source>Approve and send the file on, by default to the post that put it up</source>
        <translation>अनुमोदित करें और नस्ती आगे भेजें, सामान्यतः उस पद को जिसने प्रस्तुत की</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>अस्वीकृत करें(&amp;J)…</translation>
    </message>
    <message>
        <source>Do not approve; send the file back with remarks</source>
        <translation>अनुमोदित न करें; टिप्पणी सहित नस्ती वापस भेजें</translation>
    </message>
    <message>
        <source>Par&amp;k…</source>
        <translation>स्थगित रखें(&amp;K)…</translation>
    </message>
    <message>
        <source>Keep the file aside; it leaves the inbox</source>
        <translation>नस्ती अलग रखें; यह इनबॉक्स से हट जाती है</translation>
    </message>
    <message>
        <source>&amp;Unpark</source>
        <translation>स्थगन समाप्त करें(&amp;U)</translation>
    </message>
    <message>
        <source>Bring a parked file back into the inbox</source>
        <translation>स्थगित नस्ती को पुनः इनबॉक्स में लाएँ</translation>
    </message>
    <message>
        <source>&amp;Close file…</source>
        <translation>नस्ती बंद करें(&amp;C)…</translation>
    </message>
    <message>
        <source>Close the file with a decision (only the post that opened it)</source>
        <translation>निर्णय सहित नस्ती बंद करें (केवल उसे खोलने वाला पद)</translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation>पुनः खोलें(&amp;O)…</translation>
    </message>
    <message>
        <source>Reopen a closed file</source>
        <translation>बंद नस्ती पुनः खोलें</translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation>संबद्ध करें(&amp;L)…</translation>
    </message>
    <message>
        <source>Link another file to this one</source>
        <translation>किसी अन्य नस्ती को इससे संबद्ध करें</translation>
    </message>
    <message>
        <source>Reason for &amp;delay…</source>
        <translation>विलंब का कारण(&amp;D)…</translation>
    </message>
    <message>
        <source>Record why the file is past its time limit</source>
        <translation>नस्ती के समय-सीमा पार होने का कारण अभिलिखित करें</translation>
    </message>
    <message>
        <source>&amp;Print note sheet…</source>
        <translation>नोटशीट मुद्रित करें(&amp;P)…</translation>
    </message>
    <message>
        <source>Print preview of the note sheet</source>
        <translation>नोटशीट का मुद्रण पूर्वावलोकन</translation>
    </message>
    <message>
        <source>Save note sheet as P&amp;DF…</source>
        <translation>नोटशीट PDF के रूप में सहेजें(&amp;D)…</translation>
    </message>
    <message>
        <source>Save the note sheet as a PDF</source>
        <translation>नोटशीट PDF के रूप में सहेजें</translation>
    </message>
    <message>
        <source>Open a file first (Enter on a file in the list).</source>
        <translation>पहले कोई नस्ती खोलें (सूची में नस्ती पर Enter दबाएँ)।</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>कार्य नहीं हुआ</translation>
    </message>
    <message>
        <source>Nothing new to save.</source>
        <translation>सहेजने के लिए कुछ नया नहीं है।</translation>
    </message>
    <message>
        <source>Your note on %1 is saved as a draft.</source>
        <translation>%1 पर आपकी टीप प्रारूप के रूप में सहेजी गई।</translation>
    </message>
    <message>
        <source>Note not saved</source>
        <translation>टीप सहेजी नहीं गई</translation>
    </message>
    <message>
        <source>The list of posts is still loading; try again in a moment.</source>
        <translation>पदों की सूची अभी लोड हो रही है; कृपया कुछ क्षण बाद पुनः प्रयास करें।</translation>
    </message>
    <message>
        <source>File %1 put up to %2.</source>
        <translation>नस्ती %1 %2 को प्रस्तुत की गई।</translation>
    </message>
    <message>
        <source>File %1 sent to %2.</source>
        <translation>नस्ती %1 %2 को भेजी गई।</translation>
    </message>
    <message>
        <source>Return file %1</source>
        <translation>नस्ती %1 लौटाएँ</translation>
    </message>
    <message>
        <source>File %1 returned to %2.</source>
        <translation>नस्ती %1 %2 को लौटाई गई।</translation>
    </message>
    <message>
        <source>Recall file %1</source>
        <translation>नस्ती %1 वापस लें</translation>
    </message>
    <message>
        <source>The file comes back to you; this works only until its receiver opens it.</source>
        <translation>नस्ती आपके पास वापस आ जाती है; यह केवल तब तक संभव है जब तक प्राप्तकर्ता उसे न खोले।</translation>
    </message>
    <message>
        <source>Re&amp;call</source>
        <translation>वापस लें(&amp;C)</translation>
    </message>
    <message>
        <source>File %1 recalled.</source>
        <translation>नस्ती %1 वापस ली गई।</translation>
    </message>
    <message>
        <source>Approve file %1</source>
        <translation>नस्ती %1 अनुमोदित करें</translation>
    </message>
    <message>
        <source>Your approval is recorded as a note, and the file goes to the post you choose (usually the one that put it up).</source>
        <translation>आपका अनुमोदन टिप्पणी के रूप में दर्ज होता है, और नस्ती आपके चुने पद को जाती है (सामान्यतः जिसने प्रस्तुत की)।</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>अनुमोदित करें(&amp;A)</translation>
    </message>
    <message>
        <source>Do not approve file %1</source>
        <translation>नस्ती %1 अनुमोदित न करें</translation>
    </message>
    <message>
        <source>Say why; the file goes to the post you choose (usually the one that put it up).</source>
        <translation>कारण बताएँ; नस्ती आपके चुने पद को जाती है (सामान्यतः जिसने प्रस्तुत की)।</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>अस्वीकृत करें(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Send to:</source>
        <translation>भेजें(&amp;S):</translation>
    </message>
    <message>
        <source>File %1 approved and sent to %2.</source>
        <translation>नस्ती %1 अनुमोदित कर %2 को भेजी गई।</translation>
    </message>
    <message>
        <source>File %1 not approved; sent to %2.</source>
        <translation>नस्ती %1 अनुमोदित नहीं; %2 को भेजी गई।</translation>
    </message>
    <message>
        <source>Park file %1</source>
        <translation>नस्ती %1 स्थगित रखें</translation>
    </message>
    <message>
        <source>Par&amp;k</source>
        <translation>स्थगित रखें(&amp;K)</translation>
    </message>
    <message>
        <source>File %1 parked.</source>
        <translation>नस्ती %1 स्थगित रखी गई।</translation>
    </message>
    <message>
        <source>File %1 is back in the inbox.</source>
        <translation>नस्ती %1 पुनः इनबॉक्स में है।</translation>
    </message>
    <message>
        <source>Close file %1</source>
        <translation>नस्ती %1 बंद करें</translation>
    </message>
    <message>
        <source>Closing records the disposal. Choose how long the record is kept.</source>
        <translation>बंद करने पर निराकरण अभिलिखित होता है। चुनें कि अभिलेख कितने समय तक रखा जाए।</translation>
    </message>
    <message>
        <source>&amp;Close file</source>
        <translation>नस्ती बंद करें(&amp;C)</translation>
    </message>
    <message>
        <source>Record class:</source>
        <translation>अभिलेख श्रेणी:</translation>
    </message>
    <message>
        <source>C — review after 10 years</source>
        <translation>C — 10 वर्ष बाद पुनरीक्षण</translation>
    </message>
    <message>
        <source>B — review in the 25th year</source>
        <translation>B — 25वें वर्ष में पुनरीक्षण</translation>
    </message>
    <message>
        <source>A — keep permanently</source>
        <translation>A — स्थायी रूप से रखें</translation>
    </message>
    <message>
        <source>File %1 closed (record class %2).</source>
        <translation>नस्ती %1 बंद की गई (अभिलेख श्रेणी %2)।</translation>
    </message>
    <message>
        <source>Reopen file %1</source>
        <translation>नस्ती %1 पुनः खोलें</translation>
    </message>
    <message>
        <source>Say why the file is reopened.</source>
        <translation>बताएँ कि नस्ती पुनः क्यों खोली जा रही है।</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>पुनः खोलें(&amp;O)</translation>
    </message>
    <message>
        <source>File %1 reopened.</source>
        <translation>नस्ती %1 पुनः खोली गई।</translation>
    </message>
    <message>
        <source>Link a file to %1</source>
        <translation>%1 से कोई नस्ती संबद्ध करें</translation>
    </message>
    <message>
        <source>Enter the number of the file to link.</source>
        <translation>संबद्ध की जाने वाली नस्ती का क्रमांक दर्ज करें।</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>संबद्ध करें(&amp;L)</translation>
    </message>
    <message>
        <source>File number:</source>
        <translation>नस्ती क्रमांक:</translation>
    </message>
    <message>
        <source>Files %1 and %2 are linked.</source>
        <translation>नस्ती %1 और %2 संबद्ध की गईं।</translation>
    </message>
    <message>
        <source>Reason for delay — %1</source>
        <translation>विलंब का कारण — %1</translation>
    </message>
    <message>
        <source>The file is past its time limit. Record why; the weekly review shows it.</source>
        <translation>नस्ती समय-सीमा पार कर चुकी है। कारण अभिलिखित करें; यह साप्ताहिक समीक्षा में दिखता है।</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>अभिलिखित करें(&amp;R)</translation>
    </message>
    <message>
        <source>Reason for delay recorded on %1.</source>
        <translation>%1 पर विलंब का कारण अभिलिखित किया गया।</translation>
    </message>
    <message>
        <source>The list of sections is still loading; try again in a moment.</source>
        <translation>शाखाओं की सूची अभी लोड हो रही है; कृपया कुछ क्षण बाद पुनः प्रयास करें।</translation>
    </message>
    <message>
        <source>Cannot open a new file</source>
        <translation>नई नस्ती नहीं खोली जा सकती</translation>
    </message>
    <message>
        <source>File %1 opened.</source>
        <translation>नस्ती %1 खोली गई।</translation>
    </message>
    <message>
        <source>File %1 opened with receipt %2 as PUC.</source>
        <translation>नस्ती %1 खोली गई, आवक पत्र %2 PUC के रूप में।</translation>
    </message>
    <message>
        <source>Receipt diarised as %1.</source>
        <translation>आवक पत्र %1 के रूप में डायरी किया गया।</translation>
    </message>
    <message>
        <source>Receipt not diarised</source>
        <translation>आवक पत्र डायरी नहीं हुआ</translation>
    </message>
    <message>
        <source>Choose a receipt first.</source>
        <translation>पहले कोई आवक पत्र चुनें।</translation>
    </message>
    <message>
        <source>Put receipt %1 into a file</source>
        <translation>आवक पत्र %1 नस्ती में रखें</translation>
    </message>
    <message>
        <source>The receipt becomes the next fresh receipt (FR) of the file.</source>
        <translation>आवक पत्र नस्ती का अगला नया आवक पत्र (FR) बन जाता है।</translation>
    </message>
    <message>
        <source>&amp;Put into file</source>
        <translation>नस्ती में रखें(&amp;P)</translation>
    </message>
    <message>
        <source>Receipt %1 put into file %2.</source>
        <translation>आवक पत्र %1 नस्ती %2 में रखा गया।</translation>
    </message>
    <message>
        <source>Note sheet — %1</source>
        <translation>नोटशीट — %1</translation>
    </message>
    <message>
        <source>Save note sheet as PDF</source>
        <translation>नोटशीट PDF के रूप में सहेजें</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF दस्तावेज़ (*.pdf)</translation>
    </message>
    <message>
        <source>Note sheet saved as %1.</source>
        <translation>नोटशीट %1 के रूप में सहेजी गई।</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>सहेजा नहीं गया</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 में लिखा नहीं जा सका।</translation>
    </message>
    <message>
        <source>Return the file to the post that sent it, or down to the one that put it up after a decision</source>
        <translation>नस्ती भेजने वाले पद को लौटाएँ, या निर्णय के बाद उसे प्रस्तुत करने वाले पद को नीचे भेजें</translation>
    </message>
    <message>
        <source>The file goes down to %1, who put it up to you, to act on the decision.</source>
        <translation>नस्ती निर्णय पर कार्यवाही हेतु नीचे %1 को जाती है, जिन्होंने इसे आपको प्रस्तुत किया था।</translation>
    </message>
    <message>
        <source>The file goes back to %1, who sent it to you.</source>
        <translation>नस्ती वापस %1 को जाती है, जिन्होंने इसे आपको भेजा था।</translation>
    </message>
    <message>
        <source>&amp;Return to %1</source>
        <translation>%1 को लौटाएँ (&amp;R)</translation>
    </message>
    <message>
        <source>New dra&amp;ft…</source>
        <translation>नया प्रारूप (&amp;F)…</translation>
    </message>
    <message>
        <source>Write a draft for approval (reply, order, circular…) in this file</source>
        <translation>इस नस्ती में अनुमोदन हेतु प्रारूप लिखें (उत्तर, आदेश, परिपत्र…)</translation>
    </message>
    <message>
        <source>Re&amp;vise draft…</source>
        <translation>प्रारूप संशोधित करें (&amp;V)…</translation>
    </message>
    <message>
        <source>Write a new version of the chosen draft</source>
        <translation>चयनित प्रारूप का नया संस्करण लिखें</translation>
    </message>
    <message>
        <source>Co&amp;mpare versions…</source>
        <translation>संस्करणों की तुलना करें (&amp;M)…</translation>
    </message>
    <message>
        <source>Show two versions of the chosen draft side by side</source>
        <translation>चयनित प्रारूप के दो संस्करण साथ-साथ दिखाएँ</translation>
    </message>
    <message>
        <source>Appro&amp;ve draft…</source>
        <translation>प्रारूप अनुमोदित करें (&amp;V)…</translation>
    </message>
    <message>
        <source>Approve the latest version of the chosen draft</source>
        <translation>चयनित प्रारूप का नवीनतम संस्करण अनुमोदित करें</translation>
    </message>
    <message>
        <source>&amp;Issue letter…</source>
        <translation>पत्र जारी करें (&amp;I)…</translation>
    </message>
    <message>
        <source>Issue the approved draft with the section's next dispatch number</source>
        <translation>अनुमोदित प्रारूप को अनुभाग के अगले प्रेषण क्रमांक से जारी करें</translation>
    </message>
    <message>
        <source>Letter of %1, diarised as %2</source>
        <translation>%1 का पत्र, डायरी क्रमांक %2</translation>
    </message>
    <message>
        <source>Letter No. %1 dated %2 of %3</source>
        <translation>%3 का पत्र क्रमांक %1 दिनांक %2</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>(दिनांक नहीं)</translation>
    </message>
    <message>
        <source>Draft %1 of %2: version %3 saved.</source>
        <translation>%2 का प्रारूप %1: संस्करण %3 सहेजा गया।</translation>
    </message>
    <message>
        <source>Draft %1 of %2 saved (version 1).</source>
        <translation>%2 का प्रारूप %1 सहेजा गया (संस्करण 1)।</translation>
    </message>
    <message>
        <source>Draft not saved</source>
        <translation>प्रारूप सहेजा नहीं गया</translation>
    </message>
    <message>
        <source>Approve %1</source>
        <translation>%1 अनुमोदित करें</translation>
    </message>
    <message>
        <source>You approve version %1 of %2, “%3”. It is recorded on the note sheet over your name; a later revision needs a fresh approval.</source>
        <translation>आप %2, “%3” के संस्करण %1 का अनुमोदन कर रहे हैं। यह आपके नाम से नोटशीट पर दर्ज होगा; बाद में संशोधन होने पर नया अनुमोदन आवश्यक होगा।</translation>
    </message>
    <message>
        <source>Approve version %1</source>
        <translation>संस्करण %1 अनुमोदित करें</translation>
    </message>
    <message>
        <source>Version %1 of draft %2 of %3 approved.</source>
        <translation>%3 के प्रारूप %2 का संस्करण %1 अनुमोदित किया गया।</translation>
    </message>
    <message>
        <source>Draft not approved</source>
        <translation>प्रारूप अनुमोदित नहीं हुआ</translation>
    </message>
    <message>
        <source>Copy: %1</source>
        <translation>प्रतिलिपि: %1</translation>
    </message>
    <message>
        <source>Issue %1</source>
        <translation>%1 जारी करें</translation>
    </message>
    <message>
        <source>Issue version %1, approved by %2, with the section's next dispatch number?

%3

Sections addressed through Nasti receive it in their dak at once. This cannot be undone.</source>
        <translation>%2 द्वारा अनुमोदित संस्करण %1 को अनुभाग के अगले प्रेषण क्रमांक से जारी करें?

%3

Nasti के माध्यम से संबोधित अनुभागों को यह तुरंत उनकी डाक में प्राप्त होगा। इसे पूर्ववत नहीं किया जा सकता।</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>जारी करें</translation>
    </message>
    <message>
        <source>Draft %1 of %2 issued as %3.</source>
        <translation>%2 का प्रारूप %1 %3 के रूप में जारी किया गया।</translation>
    </message>
    <message>
        <source>Letter not issued</source>
        <translation>पत्र जारी नहीं हुआ</translation>
    </message>
    <message>
        <source>Call &amp;for file…</source>
        <translation>नस्ती &amp;तलब करें…</translation>
    </message>
    <message>
        <source>Ask the holder for the file or an answer by a date (senior officers)</source>
        <translation>धारक से किसी तिथि तक नस्ती या उत्तर माँगें (वरिष्ठ अधिकारी)</translation>
    </message>
    <message>
        <source>&amp;Watch file…</source>
        <translation>नस्ती पर &amp;निगरानी…</translation>
    </message>
    <message>
        <source>Put the file on my watch-list with a direction</source>
        <translation>निर्देश सहित नस्ती को मेरी निगरानी सूची में रखें</translation>
    </message>
    <message>
        <source>The file stays with you and in pendency, and leaves the inbox until its review date. Say why it is parked.</source>
        <translation>नस्ती आपके पास और लंबित में रहती है, और समीक्षा तिथि तक इनबॉक्स से हट जाती है। बताइए कि इसे क्यों स्थगित किया जा रहा है।</translation>
    </message>
    <message>
        <source>Review date:</source>
        <translation>समीक्षा तिथि:</translation>
    </message>
    <message>
        <source>Answer on file %1</source>
        <translation>नस्ती %1 पर उत्तर</translation>
    </message>
    <message>
        <source>The direction: %1</source>
        <translation>निर्देश: %1</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>&amp;उत्तर दें</translation>
    </message>
    <message>
        <source>Answer on file %1 recorded.</source>
        <translation>नस्ती %1 पर उत्तर दर्ज हुआ।</translation>
    </message>
    <message>
        <source>Call for file %1</source>
        <translation>नस्ती %1 तलब करें</translation>
    </message>
    <message>
        <source>Watch file %1</source>
        <translation>नस्ती %1 पर निगरानी</translation>
    </message>
    <message>
        <source>The holder sees your direction at the top of the file and answers by the date.</source>
        <translation>धारक नस्ती के ऊपर आपका निर्देश देखता है और तिथि तक उत्तर देता है।</translation>
    </message>
    <message>
        <source>The file joins your watch-list; its holder sees your direction.</source>
        <translation>नस्ती आपकी निगरानी सूची में जुड़ जाती है; उसका धारक आपका निर्देश देखता है।</translation>
    </message>
    <message>
        <source>&amp;Call for</source>
        <translation>&amp;तलब करें</translation>
    </message>
    <message>
        <source>&amp;Watch</source>
        <translation>&amp;निगरानी करें</translation>
    </message>
    <message>
        <source>Wanted by:</source>
        <translation>कब तक चाहिए:</translation>
    </message>
    <message>
        <source>File %1 called for.</source>
        <translation>नस्ती %1 तलब की गई।</translation>
    </message>
    <message>
        <source>File %1 is on your watch-list.</source>
        <translation>नस्ती %1 आपकी निगरानी सूची में है।</translation>
    </message>
    <message>
        <source>Taken off your watch-list.</source>
        <translation>आपकी निगरानी सूची से हटाई गई।</translation>
    </message>
    <message>
        <source>Draft %1 of %2 issued as %3, digitally signed.</source>
        <translation>%2 का प्रारूप %1 %3 के रूप में जारी हुआ, डिजिटल रूप से हस्ताक्षरित।</translation>
    </message>
    <message>
        <source>It carries no PDF signature: %1.</source>
        <translation>इस पर PDF हस्ताक्षर नहीं है: %1।</translation>
    </message>
    <message>
        <source>DSC token PIN</source>
        <translation>DSC टोकन का PIN</translation>
    </message>
    <message>
        <source>This letter is signed with your DSC token (%1).
Insert the token and enter its PIN:</source>
        <translation>यह पत्र आपके DSC टोकन (%1) से हस्ताक्षरित होगा।
टोकन लगाएँ और उसका PIN दर्ज करें:</translation>
    </message>
    <message>
        <source>Sign and issue</source>
        <translation>हस्ताक्षर करें और जारी करें</translation>
    </message>
    <message>
        <source>Draft %1 of %2 issued as %3, signed with your DSC token.</source>
        <translation>%2 का प्रारूप %1 %3 के रूप में जारी किया गया, आपके DSC टोकन से हस्ताक्षरित।</translation>
    </message>
    <message>
        <source>Not queued</source>
        <translation>कतार में नहीं रखी गई</translation>
    </message>
    <message>
        <source>The server cannot be reached: file %1 will be sent when it is back (your note goes with it).</source>
        <translation>सर्वर से संपर्क नहीं हो पा रहा है: सर्वर लौटने पर नस्ती %1 भेज दी जाएगी (आपकी टिप्पणी साथ जाएगी)।</translation>
    </message>
    <message>
        <source>The server cannot be reached: your note on %1 is kept on this computer, and goes with the file when you send it on, or can be saved when the server is back.</source>
        <translation>सर्वर से संपर्क नहीं हो पा रहा है: %1 पर आपकी टिप्पणी इस कंप्यूटर पर सुरक्षित है; नस्ती आगे भेजने पर यह साथ जाएगी, या सर्वर लौटने पर सहेजी जा सकती है।</translation>
    </message>
</context>
<context>
    <name>nasti::FileDesk</name>
    <message>
        <source>Approval</source>
        <translation>अनुमोदन</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>अनुमोदित नहीं</translation>
    </message>
    <message>
        <source>Closing note</source>
        <translation>समापन टीप</translation>
    </message>
    <message>
        <source>Reopening</source>
        <translation>पुनः खोलना</translation>
    </message>
    <message>
        <source>Reason for delay</source>
        <translation>विलंब का कारण</translation>
    </message>
    <message>
        <source>Note sheet</source>
        <translation>नोटशीट</translation>
    </message>
    <message>
        <source>My note</source>
        <translation>मेरी टीप</translation>
    </message>
    <message>
        <source>Correspondence</source>
        <translation>पत्राचार</translation>
    </message>
    <message>
        <source>Movements</source>
        <translation>अग्रेषण</translation>
    </message>
    <message>
        <source>Linked files</source>
        <translation>संबद्ध नस्तियाँ</translation>
    </message>
    <message>
        <source>Correspondence and history</source>
        <translation>पत्राचार और इतिहास</translation>
    </message>
    <message>
        <source>My note (draft — only you see it until the file leaves you)</source>
        <translation>मेरी टीप (प्रारूप — नस्ती आपके पास से जाने तक केवल आप इसे देखते हैं)</translation>
    </message>
    <message>
        <source>Write your note here. Leave a blank line between paragraphs; they are numbered when the file moves on.</source>
        <translation>अपनी टीप यहाँ लिखें। अनुच्छेदों के बीच एक रिक्त पंक्ति छोड़ें; नस्ती आगे जाने पर उन्हें क्रमांक दिए जाते हैं।</translation>
    </message>
    <message>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>अग्रेषण</translation>
    </message>
    <message>
        <source>From</source>
        <translation>प्रेषक</translation>
    </message>
    <message>
        <source>To</source>
        <translation>प्राप्तकर्ता</translation>
    </message>
    <message>
        <source>Action asked</source>
        <translation>अपेक्षित कार्यवाही</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>अभ्युक्ति</translation>
    </message>
    <message>
        <source>This file is closed. You can read it; nobody can note on it until it is reopened.</source>
        <translation>यह नस्ती बंद है। आप इसे पढ़ सकते हैं; पुनः खोले जाने तक इस पर कोई टीप नहीं लिख सकता।</translation>
    </message>
    <message>
        <source>This file is with %1 (%2). You can read it; only that post may note on it or move it.</source>
        <translation>यह नस्ती %1 (%2) के पास है। आप इसे पढ़ सकते हैं; इस पर टीप लिखना या इसे अग्रेषित करना केवल उसी पद द्वारा संभव है।</translation>
    </message>
    <message>
        <source>Your unsaved note from %1 has been restored.</source>
        <translation>%1 की आपकी असहेजी टीप पुनर्स्थापित कर दी गई है।</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>स्थिति: %1</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>प्राथमिकता: %1</translation>
    </message>
    <message>
        <source>Grading: %1</source>
        <translation>वर्गीकरण: %1</translation>
    </message>
    <message>
        <source>With: %1</source>
        <translation>किसके पास: %1</translation>
    </message>
    <message>
        <source>Since: %1</source>
        <translation>कब से: %1</translation>
    </message>
    <message>
        <source>Action asked: %1</source>
        <translation>अपेक्षित कार्यवाही: %1</translation>
    </message>
    <message>
        <source>Reason for delay: %1</source>
        <translation>विलंब का कारण: %1</translation>
    </message>
    <message>
        <source>Record class %1</source>
        <translation>अभिलेख श्रेणी %1</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>अभी कोई टीप नहीं।</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1, %2 द्वारा</translation>
    </message>
    <message>
        <source>%1 — %2 (%3), pages %4–%5</source>
        <translation>%1 — %2 (%3), पृष्ठ %4–%5</translation>
    </message>
    <message>
        <source>From %1, letter %2 %3</source>
        <translation>प्रेषक %1, पत्र %2 %3</translation>
    </message>
    <message>
        <source>Kept on this computer at %1.</source>
        <translation>%1 पर इस कंप्यूटर में सुरक्षित रखी गई।</translation>
    </message>
    <message>
        <source>Could not keep your note on this computer (%1).</source>
        <translation>आपकी टीप इस कंप्यूटर में सुरक्षित नहीं रखी जा सकी (%1)।</translation>
    </message>
    <message>
        <source>Saved as your draft at %1.</source>
        <translation>%1 पर आपके प्रारूप के रूप में सहेजी गई।</translation>
    </message>
    <message>
        <source>✔ Approved on %1</source>
        <translation>✔ %1 को अनुमोदित</translation>
    </message>
    <message>
        <source>✔ Approved by %1 on %2</source>
        <translation>✔ %1 द्वारा %2 को अनुमोदित</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>प्रारूप</translation>
    </message>
    <message>
        <source>Drafts (%1)</source>
        <translation>प्रारूप (%1)</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, संस्करण %2</translation>
    </message>
    <message>
        <source>For approval: %1</source>
        <translation>अनुमोदन हेतु: %1</translation>
    </message>
    <message>
        <source>Issued %1 — %2 (%3)</source>
        <translation>जारी %1 — %2 (%3)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 calls for this file&lt;/b&gt; by %2: %3</source>
        <translation>&lt;b&gt;%1 ने यह नस्ती तलब की है&lt;/b&gt;, %2 तक: %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 watches this file&lt;/b&gt; (by %2): %3</source>
        <translation>&lt;b&gt;%1 इस नस्ती की निगरानी कर रहे हैं&lt;/b&gt; (%2 तक): %3</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n दिन विलंब</numerusform>
            <numerusform>%n दिन विलंब</numerusform>
        </translation>
    </message>
    <message>
        <source>Your answer: %1</source>
        <translation>आपका उत्तर: %1</translation>
    </message>
    <message>
        <source>Answer…</source>
        <translation>उत्तर दें…</translation>
    </message>
    <message>
        <source>Digitally signed by %1 (%2), %3</source>
        <translation>%1 (%2) द्वारा डिजिटल हस्ताक्षरित, %3</translation>
    </message>
    <message>
        <source>Signature broken: this note was altered after it was signed, or the signature is forged.</source>
        <translation>हस्ताक्षर भंग: यह टीप हस्ताक्षर के बाद बदली गई है, या हस्ताक्षर जाली है।</translation>
    </message>
    <message>
        <source>Offline copy of %1.</source>
        <translation>%1 की ऑफ़लाइन प्रति।</translation>
    </message>
    <message>
        <source>This paper is not on this computer; it can be read when the server is back.</source>
        <translation>यह पत्र इस कंप्यूटर पर नहीं है; सर्वर लौटने पर इसे पढ़ा जा सकेगा।</translation>
    </message>
    <message>
        <source>You returned this file at %1; it waits to be sent.</source>
        <translation>आपने यह नस्ती %1 पर लौटाई; यह भेजे जाने की प्रतीक्षा में है।</translation>
    </message>
    <message>
        <source>You put this file up at %1; it waits to be sent.</source>
        <translation>आपने यह नस्ती %1 पर प्रस्तुत की; यह भेजे जाने की प्रतीक्षा में है।</translation>
    </message>
    <message>
        <source>You forwarded this file at %1; it waits to be sent.</source>
        <translation>आपने यह नस्ती %1 पर अग्रेषित की; यह भेजे जाने की प्रतीक्षा में है।</translation>
    </message>
</context>
<context>
    <name>nasti::FileListModel</name>
    <message>
        <source>Remarks: %1</source>
        <translation>अभ्युक्ति: %1</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>नस्ती क्रमांक</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>विषय</translation>
    </message>
    <message>
        <source>From</source>
        <translation>प्रेषक</translation>
    </message>
    <message>
        <source>Now with</source>
        <translation>वर्तमान में किसके पास</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>प्राप्ति दिनांक</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>कब से</translation>
    </message>
    <message>
        <source>Action asked</source>
        <translation>अपेक्षित कार्यवाही</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>प्राथमिकता</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>नियत तिथि</translation>
    </message>
    <message>
        <source>Days pending</source>
        <translation>लंबित दिवस</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>बंद</translation>
    </message>
    <message>
        <source>%1 (parked)</source>
        <translation>%1 (स्थगित)</translation>
    </message>
    <message>
        <source>✔ Approved</source>
        <translation>✔ अनुमोदित</translation>
    </message>
    <message>
        <source>✔ Approved · %1</source>
        <translation>✔ अनुमोदित · %1</translation>
    </message>
    <message>
        <source>Approved on %1</source>
        <translation>%1 को अनुमोदित</translation>
    </message>
</context>
<context>
    <name>nasti::FileListPage</name>
    <message>
        <source>Filter this list (file number, subject, sender …)</source>
        <translation>यह सूची छाँटें (नस्ती क्रमांक, विषय, प्रेषक …)</translation>
    </message>
    <message>
        <source>Quick filter</source>
        <translation>त्वरित फ़िल्टर</translation>
    </message>
</context>
<context>
    <name>nasti::FileQueries</name>
    <message>
        <source>There is no file numbered “%1”.</source>
        <translation>“%1” क्रमांक की कोई नस्ती नहीं है।</translation>
    </message>
    <message>
        <source>You may not see file %1.</source>
        <translation>आप नस्ती %1 नहीं देख सकते।</translation>
    </message>
</context>
<context>
    <name>nasti::FileService</name>
    <message>
        <source>There is no file numbered “%1”.</source>
        <translation>“%1” क्रमांक की कोई नस्ती नहीं है।</translation>
    </message>
    <message>
        <source>File %1 has moved or changed meanwhile; nothing was done and your draft is kept.</source>
        <translation>इस बीच नस्ती %1 आगे बढ़ गई या बदल गई है; कोई कार्यवाही नहीं हुई और आपका प्रारूप सुरक्षित है।</translation>
    </message>
    <message>
        <source>There is no post “%1”.</source>
        <translation>“%1” नाम का कोई पद नहीं है।</translation>
    </message>
    <message>
        <source>The subject is empty; every file needs a subject.</source>
        <translation>विषय रिक्त है; प्रत्येक नस्ती का विषय होना आवश्यक है।</translation>
    </message>
    <message>
        <source>The subject is too long (%1 characters; at most %2).</source>
        <translation>विषय बहुत लंबा है (%1 अक्षर; अधिकतम %2)।</translation>
    </message>
    <message>
        <source>There is no section “%1”.</source>
        <translation>“%1” नाम का कोई अनुभाग नहीं है।</translation>
    </message>
    <message>
        <source>You hold no post in section %1 or its department.</source>
        <translation>अनुभाग %1 या उसके विभाग में आपका कोई पद नहीं है।</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>टीप रिक्त है।</translation>
    </message>
    <message>
        <source>The note is too long (%1 characters; at most %2).</source>
        <translation>टीप बहुत लंबी है (%1 अक्षर; अधिकतम %2)।</translation>
    </message>
    <message>
        <source>File %1 is already with %2.</source>
        <translation>नस्ती %1 पहले से %2 के पास है।</translation>
    </message>
    <message>
        <source>The remarks are too long (at most %1 characters).</source>
        <translation>अभ्युक्ति बहुत लंबी है (अधिकतम %1 अक्षर)।</translation>
    </message>
    <message>
        <source>Say which post the file goes to.</source>
        <translation>बताएँ कि नस्ती किस पद को भेजी जाए।</translation>
    </message>
    <message>
        <source>File %1 was not put up by anyone; say which post it goes to.</source>
        <translation>नस्ती %1 किसी ने प्रस्तुत नहीं की थी; बताएँ कि इसे किस पद को भेजा जाए।</translation>
    </message>
    <message>
        <source>Approved.</source>
        <translation>अनुमोदित।</translation>
    </message>
    <message>
        <source>Not approved.</source>
        <translation>अनुमोदित नहीं।</translation>
    </message>
    <message>
        <source>The retention class must be A (permanent), B (review in the 25th year) or C (review after 10 years).</source>
        <translation>प्रतिधारण श्रेणी A (स्थायी), B (25वें वर्ष में पुनरीक्षण) या C (10 वर्ष बाद पुनरीक्षण) होनी चाहिए।</translation>
    </message>
    <message>
        <source>Give the reason for reopening the file.</source>
        <translation>नस्ती पुनः खोलने का कारण लिखें।</translation>
    </message>
    <message>
        <source>File reopened: %1</source>
        <translation>नस्ती पुनः खोली गई: %1</translation>
    </message>
    <message>
        <source>A file cannot be linked to itself.</source>
        <translation>नस्ती को स्वयं से संबद्ध नहीं किया जा सकता।</translation>
    </message>
    <message>
        <source>Files %1 and %2 are already linked.</source>
        <translation>नस्ती %1 और %2 पहले से संबद्ध हैं।</translation>
    </message>
    <message>
        <source>There is no receipt with diary number “%1”.</source>
        <translation>डायरी क्रमांक “%1” का कोई आवक पत्र नहीं है।</translation>
    </message>
    <message>
        <source>Receipt %1 is already in file %2.</source>
        <translation>आवक पत्र %1 पहले से नस्ती %2 में है।</translation>
    </message>
    <message>
        <source>Receipt %1 was diarised by another post; it must be sent to you first.</source>
        <translation>आवक पत्र %1 किसी अन्य पद द्वारा डायरी किया गया है; पहले इसे आपको भेजा जाना आवश्यक है।</translation>
    </message>
    <message>
        <source>The reason for delay is empty.</source>
        <translation>विलंब का कारण रिक्त है।</translation>
    </message>
    <message>
        <source>The reason for delay is too long (at most %1 characters).</source>
        <translation>विलंब का कारण बहुत लंबा है (अधिकतम %1 अक्षर)।</translation>
    </message>
    <message>
        <source>A reviewer reads files but cannot move or change them.</source>
        <translation>समीक्षक नस्तियाँ पढ़ सकता है, पर उन्हें अग्रेषित या परिवर्तित नहीं कर सकता।</translation>
    </message>
    <message>
        <source>File %1 has moved meanwhile and is now with %2; nothing was done and your draft is kept.</source>
        <translation>इस बीच नस्ती %1 आगे बढ़ गई और अब %2 के पास है; कुछ नहीं किया गया और आपका प्रारूप सुरक्षित है।</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>विषय</translation>
    </message>
    <message>
        <source>file head</source>
        <translation>विषय शीर्ष</translation>
    </message>
    <message>
        <source>note</source>
        <translation>टीप</translation>
    </message>
    <message>
        <source>remarks</source>
        <translation>अभ्युक्ति</translation>
    </message>
    <message>
        <source>reason for delay</source>
        <translation>विलंब का कारण</translation>
    </message>
    <message>
        <source>File %1 was not sent to you by anyone; there is no one to return it to.</source>
        <translation>नस्ती %1 आपको किसी ने नहीं भेजी थी; इसे लौटाने के लिए कोई पद नहीं है।</translation>
    </message>
    <message>
        <source>reference number</source>
        <translation>संदर्भ क्रमांक</translation>
    </message>
    <message>
        <source>Give the reference number of the %1.</source>
        <translation>%1 का संदर्भ क्रमांक दीजिए।</translation>
    </message>
    <message>
        <source>There is no reference category “%1” (vip, assembly, court, cm-helpline, cpgrams).</source>
        <translation>“%1” नाम की कोई संदर्भ श्रेणी नहीं है (vip, assembly, court, cm-helpline, cpgrams)।</translation>
    </message>
    <message>
        <source>reason for parking</source>
        <translation>स्थगन का कारण</translation>
    </message>
    <message>
        <source>Give the reason for parking the file.</source>
        <translation>नस्ती स्थगित करने का कारण बताइए।</translation>
    </message>
    <message>
        <source>The reason for parking is too long (at most %1 characters).</source>
        <translation>स्थगन का कारण बहुत लंबा है (अधिकतम %1 अक्षर)।</translation>
    </message>
    <message>
        <source>Give a review date after today, when the file comes back to you.</source>
        <translation>आज के बाद की समीक्षा तिथि दीजिए, जिस दिन नस्ती आपके पास लौटेगी।</translation>
    </message>
</context>
<context>
    <name>nasti::FollowupModel</name>
    <message>
        <source>File number</source>
        <translation>नस्ती क्रमांक</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>विषय</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>धारक</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>कब से</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>निर्देश</translation>
    </message>
    <message>
        <source>Wanted by</source>
        <translation>कब तक चाहिए</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>उत्तर</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>विलंब (दिन)</translation>
    </message>
    <message>
        <source>Working days (limit)</source>
        <translation>कार्य दिवस (सीमा)</translation>
    </message>
    <message>
        <source>Reminded</source>
        <translation>स्मरण-पत्र</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>उच्च स्तर पर</translation>
    </message>
    <message>
        <source>Reason for delay</source>
        <translation>विलंब का कारण</translation>
    </message>
    <message>
        <source>%1 (called for)</source>
        <translation>%1 (तलब की गई)</translation>
    </message>
    <message>
        <source>— not answered —</source>
        <translation>— उत्तर नहीं दिया —</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>— not recorded —</source>
        <translation>— अभिलिखित नहीं —</translation>
    </message>
</context>
<context>
    <name>nasti::FollowupPage</name>
    <message>
        <source>Reminders: files you hold past their time limit. Record the reason for delay or move them; after a further interval (3 working days unless the department sets another) they go to your reporting officer.</source>
        <translation>स्मरण-पत्र: आपके पास की वे नस्तियाँ जो समय-सीमा पार कर चुकी हैं। विलंब का कारण दर्ज करें या उन्हें आगे बढ़ाएँ; एक और अंतराल (3 कार्य दिवस, जब तक विभाग अन्य निर्धारित न करे) के बाद वे आपके प्रतिवेदक अधिकारी के पास जाएँगी।</translation>
    </message>
    <message>
        <source>No file is past its time limit.</source>
        <translation>कोई नस्ती समय-सीमा से बाहर नहीं है।</translation>
    </message>
    <message>
        <source>Escalated to me: files of the posts below you that are late, with the reason for delay.</source>
        <translation>मुझे प्रेषित: आपके अधीनस्थ पदों की विलंबित नस्तियाँ, विलंब के कारण सहित।</translation>
    </message>
    <message>
        <source>Nothing has been escalated to you.</source>
        <translation>आपको कुछ भी प्रेषित नहीं हुआ है।</translation>
    </message>
    <message>
        <source>Watch-list: files you called for or watch, with your direction and the holder's answer.</source>
        <translation>निगरानी सूची: आपके द्वारा तलब की गई या निगरानी में रखी नस्तियाँ, आपके निर्देश और धारक के उत्तर सहित।</translation>
    </message>
    <message>
        <source>No file is on your watch-list.</source>
        <translation>आपकी निगरानी सूची में कोई नस्ती नहीं है।</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>नस्ती खोलें</translation>
    </message>
    <message>
        <source>Stop watching</source>
        <translation>निगरानी बंद करें</translation>
    </message>
</context>
<context>
    <name>nasti::FollowupService</name>
    <message>
        <source>Say “call” or “watch”.</source>
        <translation>“call” (तलब) या “watch” (निगरानी) कहिए।</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>निर्देश</translation>
    </message>
    <message>
        <source>The direction is empty; say what is wanted on the file.</source>
        <translation>निर्देश खाली है; बताइए कि नस्ती पर क्या चाहिए।</translation>
    </message>
    <message>
        <source>The direction is too long (at most %1 characters).</source>
        <translation>निर्देश बहुत लंबा है (अधिकतम %1 अक्षर)।</translation>
    </message>
    <message>
        <source>Give the date by which the file or its answer is wanted.</source>
        <translation>वह तिथि दीजिए जब तक नस्ती या उसका उत्तर चाहिए।</translation>
    </message>
    <message>
        <source>There is no file numbered “%1” that you may call for.</source>
        <translation>“%1” क्रमांक की कोई ऐसी नस्ती नहीं जिसे आप तलब कर सकें।</translation>
    </message>
    <message>
        <source>File %1 is closed.</source>
        <translation>नस्ती %1 बंद है।</translation>
    </message>
    <message>
        <source>You hold file %1 yourself.</source>
        <translation>नस्ती %1 स्वयं आपके पास है।</translation>
    </message>
    <message>
        <source>Only the Chief Secretary, the department's head or an officer above the holder may call for file %1.</source>
        <translation>नस्ती %1 केवल मुख्य सचिव, विभाग प्रमुख या धारक से ऊपर के अधिकारी ही तलब कर सकते हैं।</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>उत्तर</translation>
    </message>
    <message>
        <source>The answer is empty.</source>
        <translation>उत्तर खाली है।</translation>
    </message>
    <message>
        <source>The answer is too long (at most %1 characters).</source>
        <translation>उत्तर बहुत लंबा है (अधिकतम %1 अक्षर)।</translation>
    </message>
    <message>
        <source>There is no such call for a file.</source>
        <translation>नस्ती की ऐसी कोई तलबी नहीं है।</translation>
    </message>
    <message>
        <source>Only the holder of the file answers a call for it.</source>
        <translation>तलबी का उत्तर केवल नस्ती का धारक देता है।</translation>
    </message>
    <message>
        <source>This call has been answered already.</source>
        <translation>इस तलबी का उत्तर पहले ही दिया जा चुका है।</translation>
    </message>
    <message>
        <source>Only the officer who put a file on his watch-list takes it off.</source>
        <translation>निगरानी सूची से नस्ती वही अधिकारी हटाता है जिसने उसे रखा था।</translation>
    </message>
    <message>
        <source>reference number</source>
        <translation>संदर्भ क्रमांक</translation>
    </message>
    <message>
        <source>Give the reference number of the %1.</source>
        <translation>%1 का संदर्भ क्रमांक दीजिए।</translation>
    </message>
    <message>
        <source>There is no reference category “%1” (vip, assembly, court, cm-helpline, cpgrams).</source>
        <translation>“%1” नाम की कोई संदर्भ श्रेणी नहीं है (vip, assembly, court, cm-helpline, cpgrams)।</translation>
    </message>
    <message>
        <source>A reviewer reads files but cannot move or change them.</source>
        <translation>समीक्षक नस्तियाँ पढ़ सकता है, पर उन्हें अग्रेषित या परिवर्तित नहीं कर सकता।</translation>
    </message>
    <message>
        <source>Only the holder of an open file %1 marks its category.</source>
        <translation>खुली नस्ती %1 की श्रेणी केवल उसका धारक अंकित करता है।</translation>
    </message>
    <message>
        <source>In answer to the direction of %1 (“%2”): %3</source>
        <translation>%1 के निर्देश (“%2”) के उत्तर में: %3</translation>
    </message>
</context>
<context>
    <name>nasti::ForwardDialog</name>
    <message>
        <source>Find a post</source>
        <translation>पद खोजें</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>संगठन</translation>
    </message>
    <message>
        <source>Action asked</source>
        <translation>अपेक्षित कार्यवाही</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>अभ्युक्ति</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>नियत तिथि</translation>
    </message>
    <message>
        <source>Put up file %1</source>
        <translation>नस्ती %1 प्रस्तुत करें</translation>
    </message>
    <message>
        <source>Forward file %1</source>
        <translation>नस्ती %1 अग्रेषित करें</translation>
    </message>
    <message>
        <source>&amp;To (type a post, title or name):</source>
        <translation>किसे(&amp;T) (पद, पदनाम या नाम लिखें):</translation>
    </message>
    <message>
        <source>e.g. US-GAD, Under Secretary, Sharma</source>
        <translation>उदा. US-GAD, अवर सचिव, शर्मा</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>पद</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>कोड</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>पदधारी</translation>
    </message>
    <message>
        <source>&amp;Action asked:</source>
        <translation>अपेक्षित कार्यवाही(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Remarks:</source>
        <translation>अभ्युक्ति(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Due by</source>
        <translation>नियत तिथि(&amp;D)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(कोई नहीं)</translation>
    </message>
    <message>
        <source>&amp;Put up</source>
        <translation>प्रस्तुत करें(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>अग्रेषित करें(&amp;F)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>(vacant)</source>
        <translation>(रिक्त)</translation>
    </message>
    <message>
        <source>Your reporting officer</source>
        <translation>आपके प्रतिवेदक अधिकारी</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>किसे जाएगी</translation>
    </message>
    <message>
        <source>Choose the post the file goes to.</source>
        <translation>वह पद चुनें जिसे नस्ती जाएगी।</translation>
    </message>
    <message>
        <source>&amp;Put up to %1</source>
        <translation>%1 को प्रस्तुत करें (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Forward to %1</source>
        <translation>%1 को अग्रेषित करें (&amp;F)</translation>
    </message>
    <message>
        <source>Goes to: %1 (%2), %3 — %4</source>
        <translation>किसे: %1 (%2), %3 — %4</translation>
    </message>
    <message>
        <source>vacant</source>
        <translation>रिक्त</translation>
    </message>
</context>
<context>
    <name>nasti::GuardedApplication</name>
    <message>
        <source>Nasti met an internal error (%1). What you were doing was not finished; a note you were writing is kept.</source>
        <translation>नस्ती में आंतरिक त्रुटि हुई (%1)। आप जो कर रहे थे वह पूरा नहीं हुआ; आपकी लिखी जा रही टिप्पणी सुरक्षित है।</translation>
    </message>
    <message>
        <source>Nasti met an internal error. What you were doing was not finished; a note you were writing is kept.</source>
        <translation>नस्ती में आंतरिक त्रुटि हुई। आप जो कर रहे थे वह पूरा नहीं हुआ; आपकी लिखी जा रही टिप्पणी सुरक्षित है।</translation>
    </message>
</context>
<context>
    <name>nasti::InboxListener</name>
    <message>
        <source>Cannot listen for new files.</source>
        <translation>नई नस्तियों की सूचना प्राप्त नहीं की जा सकती।</translation>
    </message>
</context>
<context>
    <name>nasti::KeyService</name>
    <message>
        <source>A signing key is sealed under your password; enter it.</source>
        <translation>आपकी हस्ताक्षर कुंजी आपके पासवर्ड से मुहरबंद है; पासवर्ड दर्ज करें।</translation>
    </message>
    <message>
        <source>Your signing key does not open with this password (it was sealed under another one). Nothing was signed. Enrol a new key with your current password, or sign in on the desktop that holds the key.</source>
        <translation>आपकी हस्ताक्षर कुंजी इस पासवर्ड से नहीं खुलती (वह किसी अन्य पासवर्ड से मुहरबंद की गई थी)। कुछ भी हस्ताक्षरित नहीं किया गया। अपने वर्तमान पासवर्ड से नई कुंजी पंजीकृत करें, या उस डेस्कटॉप पर प्रवेश करें जिसमें आपकी कुंजी रखी है।</translation>
    </message>
    <message>
        <source>The sealed copy of your signing key is not the key on record; it was tampered with. Nothing was signed.</source>
        <translation>आपकी हस्ताक्षर कुंजी की मुहरबंद प्रति अभिलेख में दर्ज कुंजी नहीं है; उसमें छेड़छाड़ की गई है। कुछ भी हस्ताक्षरित नहीं किया गया।</translation>
    </message>
    <message>
        <source>The authority needs a name (the organisation's).</source>
        <translation>प्राधिकारी का नाम (संगठन का नाम) आवश्यक है।</translation>
    </message>
    <message>
        <source>The authority's passphrase must have at least 8 characters.</source>
        <translation>प्राधिकारी का पासफ़्रेज़ कम से कम 8 अक्षरों का होना चाहिए।</translation>
    </message>
    <message>
        <source>This database already has its signing authority.</source>
        <translation>इस डेटाबेस का हस्ताक्षर प्राधिकारी पहले से मौजूद है।</translation>
    </message>
    <message>
        <source>This database has no signing authority yet (nasti-admin keys authority).</source>
        <translation>इस डेटाबेस का अभी कोई हस्ताक्षर प्राधिकारी नहीं है (nasti-admin keys authority)।</translation>
    </message>
    <message>
        <source>Wrong passphrase for the signing authority; nothing was certified.</source>
        <translation>हस्ताक्षर प्राधिकारी का पासफ़्रेज़ गलत है; कुछ भी प्रमाणित नहीं किया गया।</translation>
    </message>
    <message>
        <source>The authority's sealed key is not its public key; it was tampered with. Nothing was certified.</source>
        <translation>प्राधिकारी की मुहरबंद कुंजी उसकी सार्वजनिक कुंजी से मेल नहीं खाती; उसमें छेड़छाड़ की गई है। कुछ भी प्रमाणित नहीं किया गया।</translation>
    </message>
    <message>
        <source>A certificate is valid for 1 to 1098 days.</source>
        <translation>प्रमाणपत्र 1 से 1098 दिनों तक के लिए वैध होता है।</translation>
    </message>
    <message>
        <source>%1 is not an enabled user with a signing key (he enrols at his first sign-in, or with nasti-admin keys enrol).</source>
        <translation>%1 हस्ताक्षर कुंजी वाला सक्रिय उपयोगकर्ता नहीं है (कुंजी पहले प्रवेश पर, या nasti-admin keys enrol से पंजीकृत होती है)।</translation>
    </message>
    <message>
        <source>A revocation's reason is one of: %1.</source>
        <translation>निरसन का कारण इनमें से एक होना चाहिए: %1।</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>%1 नाम का कोई उपयोगकर्ता नहीं है।</translation>
    </message>
    <message>
        <source>This database has no identity to sign under; run nasti-admin init on it.</source>
        <translation>इस डेटाबेस में हस्ताक्षर के लिए कोई पहचान नहीं है; इस पर nasti-admin init चलाएँ।</translation>
    </message>
    <message>
        <source>What you decide must carry your digital signature, and your signing key is not unlocked here. Sign in again with your password to unlock it; nothing was frozen or sent.</source>
        <translation>आपके निर्णय पर आपके डिजिटल हस्ताक्षर होना आवश्यक है, और आपकी हस्ताक्षर कुंजी यहाँ अनलॉक नहीं है। उसे अनलॉक करने के लिए अपने पासवर्ड से पुनः प्रवेश करें; न कुछ स्थिर किया गया, न भेजा गया।</translation>
    </message>
    <message>
        <source>What you decide must carry your digital signature, and your signing key could not be unlocked at sign-in: %1 Nothing was frozen or sent; your draft is kept.</source>
        <translation>आपके निर्णय पर आपका डिजिटल हस्ताक्षर होना आवश्यक है, और साइन-इन के समय आपकी हस्ताक्षर कुंजी खोली नहीं जा सकी: %1 कुछ भी स्थिर या प्रेषित नहीं किया गया; आपका प्रारूप सुरक्षित है।</translation>
    </message>
    <message>
        <source>This database has no X.509 CA yet (nasti-admin keys authority makes it).</source>
        <translation>इस डेटाबेस में अभी कोई X.509 CA नहीं है (nasti-admin keys authority उसे बनाता है)।</translation>
    </message>
    <message>
        <source>The authority's sealed X.509 key does not open with its passphrase; it was tampered with. Nothing was done.</source>
        <translation>प्राधिकारी की मुहरबंद X.509 कुंजी उसके पासफ़्रेज़ से नहीं खुलती; उससे छेड़छाड़ की गई है। कुछ नहीं किया गया।</translation>
    </message>
</context>
<context>
    <name>nasti::KeyedCalls</name>
    <message>
        <source>This action was done already; it was not done again.</source>
        <translation>यह कार्रवाई पहले ही हो चुकी थी; इसे दोबारा नहीं किया गया।</translation>
    </message>
</context>
<context>
    <name>nasti::LetterSignatures</name>
    <message>
        <source>this program cannot check PDF signatures.</source>
        <translation>यह प्रोग्राम PDF हस्ताक्षरों की जाँच नहीं कर सकता।</translation>
    </message>
    <message>
        <source>an unnamed signer</source>
        <translation>एक अनाम हस्ताक्षरकर्ता</translation>
    </message>
    <message>
        <source>(no signing time)</source>
        <translation>(हस्ताक्षर का समय नहीं)</translation>
    </message>
    <message>
        <source>Its digital signature could not be checked: %1</source>
        <translation>इसके डिजिटल हस्ताक्षर की जाँच नहीं हो सकी: %1</translation>
    </message>
    <message>
        <source>Digitally signed by %1 on %2: valid, unchanged since signing.</source>
        <translation>%1 द्वारा %2 को डिजिटल रूप से हस्ताक्षरित: वैध, हस्ताक्षर के बाद अपरिवर्तित।</translation>
    </message>
    <message>
        <source>Signature of %1 (%2) is INVALID: %3.</source>
        <translation>%1 (%2) का हस्ताक्षर अमान्य है: %3।</translation>
    </message>
    <message>
        <source>Signed by %1 on %2, unchanged, but not by a certificate of this organisation: %3.</source>
        <translation>%1 द्वारा %2 को हस्ताक्षरित, अपरिवर्तित, किंतु इस संगठन के प्रमाणपत्र से नहीं: %3।</translation>
    </message>
    <message>
        <source>Nasti's record issued it as %1 on %2; the signature's time is the real clock of the computer that signed it, which a PDF signature cannot be given otherwise (the demo simulates its office days).</source>
        <translation>नस्ती के अभिलेख के अनुसार यह %2 को %1 के रूप में जारी हुआ; हस्ताक्षर का समय हस्ताक्षर करने वाले कंप्यूटर की वास्तविक घड़ी का है, जो PDF हस्ताक्षर में अन्यथा नहीं दिया जा सकता (डेमो अपने कार्यालय-दिवस अनुकरण करता है)।</translation>
    </message>
    <message>
        <source>the officer's login was disabled</source>
        <translation>अधिकारी का लॉगिन निष्क्रिय किया गया</translation>
    </message>
    <message>
        <source>the officer handed his post over</source>
        <translation>अधिकारी ने अपने पद का प्रभार सौंप दिया</translation>
    </message>
    <message>
        <source>the key was reported compromised</source>
        <translation>कुंजी के असुरक्षित होने की सूचना दी गई</translation>
    </message>
    <message>
        <source>a new certificate replaced it</source>
        <translation>उसके स्थान पर नया प्रमाणपत्र जारी हुआ</translation>
    </message>
    <message>
        <source>Signed by %1 on %2, unchanged, but NOT VALID: %3.</source>
        <translation>%1 द्वारा %2 को हस्ताक्षरित, अपरिवर्तित, किंतु मान्य नहीं: %3।</translation>
    </message>
    <message>
        <source>its certificate was revoked on %1 (%2), before this letter was issued</source>
        <translation>इसका प्रमाणपत्र %1 को निरस्त किया गया (%2), इस पत्र के जारी होने से पहले</translation>
    </message>
    <message>
        <source>its certificate was revoked on %1 (%2), and this database holds no record of the letter's issue before that</source>
        <translation>इसका प्रमाणपत्र %1 को निरस्त किया गया (%2), और इस डेटाबेस में उससे पहले इस पत्र के जारी होने का कोई अभिलेख नहीं है</translation>
    </message>
    <message>
        <source>Digitally signed by %1 with the DSC token registered to %2, on %3: valid, unchanged since signing.</source>
        <translation>%1 द्वारा %2 के नाम पंजीकृत DSC टोकन से %3 को डिजिटल हस्ताक्षरित: मान्य, हस्ताक्षर के बाद से अपरिवर्तित।</translation>
    </message>
    <message>
        <source>the registration of its DSC token to %1 was revoked on %2 (%3), before this letter was issued</source>
        <translation>%1 के नाम इसके DSC टोकन का पंजीकरण %2 को रद्द किया गया (%3), इस पत्र के जारी होने से पहले</translation>
    </message>
    <message>
        <source>its DSC token is registered to %1, not to the officer who issued this letter</source>
        <translation>इसका DSC टोकन %1 के नाम पंजीकृत है, इस पत्र को जारी करने वाले अधिकारी के नाम नहीं</translation>
    </message>
    <message>
        <source>its certificate is from an external CA and is not registered here as any officer's DSC token (nasti-admin keys register-token)</source>
        <translation>इसका प्रमाणपत्र किसी बाहरी CA का है और यहाँ किसी अधिकारी के DSC टोकन के रूप में पंजीकृत नहीं है (nasti-admin keys register-token)</translation>
    </message>
</context>
<context>
    <name>nasti::LoadReport</name>
    <message>
        <source>Load: %1 desktops (%2 signed in, %3 connected), %4 s at human pace</source>
        <translation>लोड: %1 डेस्कटॉप (%2 साइन इन, %3 जुड़े), मानवीय गति से %4 से.</translation>
    </message>
    <message>
        <source>Set-up: login roles %1 s, sign-in (SCRAM) %2 s, connecting %3 s</source>
        <translation>तैयारी: लॉगिन रोल %1 से., साइन इन (SCRAM) %2 से., जुड़ना %3 से.</translation>
    </message>
    <message>
        <source>| action | count | p50 ms | p95 ms | p99 ms | max ms | errors | target (p99) | met |</source>
        <translation>| कार्य | संख्या | p50 मि.से. | p95 मि.से. | p99 मि.से. | अधिकतम मि.से. | त्रुटियाँ | लक्ष्य (p99) | पूरा |</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>हाँ</translation>
    </message>
    <message>
        <source>**no**</source>
        <translation>**नहीं**</translation>
    </message>
    <message>
        <source>Scheduling lag (an action starting later than planned, on the driver's thread): p50 %1 ms, p99 %2 ms, max %3 ms. Inbox refreshes on notification: %4.</source>
        <translation>निर्धारण विलंब (चालक थ्रेड पर कोई कार्य योजना से देर से शुरू हुआ): p50 %1 मि.से., p99 %2 मि.से., अधिकतम %3 मि.से.। सूचना पर इनबॉक्स ताज़ा: %4।</translation>
    </message>
    <message>
        <source>Server: %1 connections of the load's roles (at most %2 per desktop), %3 client backends in all.</source>
        <translation>सर्वर: लोड के रोल के %1 कनेक्शन (प्रति डेस्कटॉप अधिकतम %2), कुल %3 क्लाइंट बैकएंड।</translation>
    </message>
    <message>
        <source>Their private memory %1 MiB (%2 MiB a backend), PSS %3 MiB.</source>
        <translation>उनकी निजी मेमोरी %1 MiB (प्रति बैकएंड %2 MiB), PSS %3 MiB।</translation>
    </message>
    <message>
        <source>The driver process (every desktop's core session): %1 MiB, %2% of one core during the day.</source>
        <translation>चालक प्रक्रिया (हर डेस्कटॉप का कोर सत्र): %1 MiB, दिन भर में एक कोर का %2%।</translation>
    </message>
    <message>
        <source>Settings: %1</source>
        <translation>सेटिंग्स: %1</translation>
    </message>
    <message>
        <source>Load average (1 min) at the day's start and end: %1, %2</source>
        <translation>दिन के आरंभ और अंत में लोड औसत (1 मिनट): %1, %2</translation>
    </message>
    <message>
        <source>Errors: %1</source>
        <translation>त्रुटियाँ: %1</translation>
    </message>
</context>
<context>
    <name>nasti::LoadRunner</name>
    <message>
        <source>bench --load needs PostgreSQL: each simulated desktop signs in as its own login role.</source>
        <translation>bench --load के लिए PostgreSQL चाहिए: हर अनुकरित डेस्कटॉप अपने लॉगिन रोल से साइन इन करता है।</translation>
    </message>
    <message>
        <source>bench --load %1: the database has only %2 posts held by clerks or officers; seed more (nasti-admin seed-scale).</source>
        <translation>bench --load %1: डेटाबेस में लिपिकों या अधिकारियों के पास केवल %2 पद हैं; और सीड करें (nasti-admin seed-scale)।</translation>
    </message>
    <message>
        <source>load: %1 login roles created (%2 s)</source>
        <translation>load: %1 लॉगिन रोल बनाए गए (%2 से.)</translation>
    </message>
    <message>
        <source>load: the set-up took longer than %1 s (creating login roles).</source>
        <translation>load: तैयारी में %1 से. से अधिक समय लगा (लॉगिन रोल बनाते हुए)।</translation>
    </message>
    <message>
        <source>load: %1 users, %2 login roles created, in %3 s</source>
        <translation>load: %1 उपयोगकर्ता, %2 लॉगिन रोल बनाए गए, %3 से. में</translation>
    </message>
    <message>
        <source>load: %1 of %2 signed in (%3 s)</source>
        <translation>load: %2 में से %1 ने साइन इन किया (%3 से.)</translation>
    </message>
    <message>
        <source>load: the set-up took longer than %1 s (%2 of %3 signed in).</source>
        <translation>load: तैयारी में %1 से. से अधिक समय लगा (%3 में से %2 ने साइन इन किया)।</translation>
    </message>
    <message>
        <source>load: %1 of %2 signed in in %3 s</source>
        <translation>load: %2 में से %1 ने %3 से. में साइन इन किया</translation>
    </message>
    <message>
        <source>load: %1 of %2 desktops connected (%3 s)</source>
        <translation>load: %2 में से %1 डेस्कटॉप जुड़े (%3 से.)</translation>
    </message>
    <message>
        <source>the set-up took longer than %1 s (%2 of %3 desktops connected)</source>
        <translation>तैयारी में %1 से. से अधिक समय लगा (%3 में से %2 डेस्कटॉप जुड़े)</translation>
    </message>
    <message>
        <source>load: %1 desktops connected in %2 s; the day runs for %3 s</source>
        <translation>load: %1 डेस्कटॉप %2 से. में जुड़े; दिन %3 से. चलेगा</translation>
    </message>
    <message>
        <source>load: %1 s, %2 actions, %3 errors</source>
        <translation>load: %1 से., %2 कार्य, %3 त्रुटियाँ</translation>
    </message>
    <message>
        <source>a client held %1 server connections (at most 2)</source>
        <translation>एक क्लाइंट के पास %1 सर्वर कनेक्शन थे (अधिकतम 2)</translation>
    </message>
    <message>
        <source>load: closing %1 desktops</source>
        <translation>load: %1 डेस्कटॉप बंद किए जा रहे हैं</translation>
    </message>
</context>
<context>
    <name>nasti::LoginDialog</name>
    <message>
        <source>Profile</source>
        <translation>प्रोफ़ाइल</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>नई प्रोफ़ाइल</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>लॉगिन</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>पासवर्ड</translation>
    </message>
    <message>
        <source>Remember me</source>
        <translation>मुझे याद रखें</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>प्रवेश करें</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>बाहर निकलें</translation>
    </message>
    <message>
        <source>No keychain on this computer; your password cannot be remembered. %1</source>
        <translation>इस कंप्यूटर पर कीचेन उपलब्ध नहीं है; आपका पासवर्ड याद नहीं रखा जा सकता। %1</translation>
    </message>
    <message>
        <source>Nasti — Sign in</source>
        <translation>नस्ती — प्रवेश</translation>
    </message>
    <message>
        <source>Nasti e-Office</source>
        <translation>नस्ती ई-ऑफ़िस</translation>
    </message>
    <message>
        <source>Files, notes and receipts of the Secretariat</source>
        <translation>सचिवालय की नस्तियाँ, टीपें और आवक पत्र</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>प्रोफ़ाइल(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>लॉगिन(&amp;L):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>पासवर्ड(&amp;W):</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>भाषा(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation>नई प्रोफ़ाइल(&amp;N)…</translation>
    </message>
    <message>
        <source>Add a database to sign in to</source>
        <translation>प्रवेश के लिए एक डेटाबेस जोड़ें</translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>इस कंप्यूटर पर मुझे याद रखें(&amp;R)</translation>
    </message>
    <message>
        <source>Keeps your password in the system keychain, never in a file</source>
        <translation>आपका पासवर्ड सिस्टम कीचेन में रखा जाता है, कभी किसी फ़ाइल में नहीं</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>प्रवेश करें(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बाहर निकलें(&amp;Q)</translation>
    </message>
    <message>
        <source>e.g. so.gad1</source>
        <translation>उदा. so.gad1</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>प्रोफ़ाइल का नाम</translation>
    </message>
    <message>
        <source>Database URL</source>
        <translation>डेटाबेस URL</translation>
    </message>
    <message>
        <source>A PostgreSQL server (postgresql://HOST[:PORT]/DATABASE) or a SQLite file (sqlite:/path/file.db). Do not put a password here.</source>
        <translation>PostgreSQL सर्वर (postgresql://HOST[:PORT]/DATABASE) या SQLite फ़ाइल (sqlite:/path/file.db)। यहाँ पासवर्ड न लिखें।</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>नाम:</translation>
    </message>
    <message>
        <source>Database URL:</source>
        <translation>डेटाबेस URL:</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>प्रोफ़ाइल का नाम दें।</translation>
    </message>
    <message>
        <source>Choose a profile, or add one with “New profile”.</source>
        <translation>कोई प्रोफ़ाइल चुनें, या “नई प्रोफ़ाइल” से जोड़ें।</translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation>अपना लॉगिन दर्ज करें।</translation>
    </message>
    <message>
        <source>Review replica URL (optional)</source>
        <translation>समीक्षा प्रतिकृति URL (वैकल्पिक)</translation>
    </message>
    <message>
        <source>Review replica URL (optional):</source>
        <translation>समीक्षा प्रतिकृति URL (वैकल्पिक):</translation>
    </message>
    <message>
        <source>this build has no keychain support</source>
        <translation>इस बिल्ड में कीचेन की सुविधा नहीं है</translation>
    </message>
    <message>
        <source>Days to keep offline copies</source>
        <translation>ऑफ़लाइन प्रतियाँ रखने के दिन</translation>
    </message>
    <message>
        <source>none kept</source>
        <translation>कोई नहीं रखी जाती</translation>
    </message>
    <message>
        <source> days</source>
        <translation> दिन</translation>
    </message>
    <message>
        <source>Highest grading kept offline</source>
        <translation>ऑफ़लाइन रखी जाने वाली उच्चतम श्रेणी</translation>
    </message>
    <message>
        <source>Unclassified files only</source>
        <translation>केवल अवर्गीकृत नस्तियाँ</translation>
    </message>
    <message>
        <source>Up to Confidential</source>
        <translation>गोपनीय तक</translation>
    </message>
    <message>
        <source>Secret and Top Secret files are never kept on a desktop.</source>
        <translation>गुप्त और परम गुप्त नस्तियाँ कभी भी डेस्कटॉप पर नहीं रखी जातीं।</translation>
    </message>
    <message>
        <source>Offline copies of the inbox:</source>
        <translation>इनबॉक्स की ऑफ़लाइन प्रतियाँ:</translation>
    </message>
    <message>
        <source>Kept offline:</source>
        <translation>ऑफ़लाइन रखी जाती हैं:</translation>
    </message>
</context>
<context>
    <name>nasti::MainWindow</name>
    <message>
        <source>● Offline</source>
        <translation>● ऑफ़लाइन</translation>
    </message>
    <message>
        <source>● Live</source>
        <translation>● लाइव</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>खोजें</translation>
    </message>
    <message>
        <source>Lists and open files</source>
        <translation>सूचियाँ और खुली नस्तियाँ</translation>
    </message>
    <message>
        <source>Nasti — %1</source>
        <translation>नस्ती — %1</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>रीफ़्रेश करें(&amp;R)</translation>
    </message>
    <message>
        <source>Reload lists and counts</source>
        <translation>सूचियाँ और गणनाएँ पुनः लोड करें</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>खोजें(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Inbox</source>
        <translation>इनबॉक्स(&amp;I)</translation>
    </message>
    <message>
        <source>Show the inbox</source>
        <translation>इनबॉक्स दिखाएँ</translation>
    </message>
    <message>
        <source>Close &amp;tab</source>
        <translation>टैब बंद करें(&amp;T)</translation>
    </message>
    <message>
        <source>Close the open file</source>
        <translation>खुली नस्ती बंद करें</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>साइन आउट(&amp;O)</translation>
    </message>
    <message>
        <source>Sign out and return to the sign-in screen</source>
        <translation>साइन आउट करें और प्रवेश स्क्रीन पर लौटें</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बाहर निकलें(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit Nasti</source>
        <translation>नस्ती से बाहर निकलें</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>फ़ाइल(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>कार्यवाही(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>दृश्य(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>भाषा(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>सहायता(&amp;H)</translation>
    </message>
    <message>
        <source>File actions</source>
        <translation>नस्ती कार्यवाही</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>सूचियाँ</translation>
    </message>
    <message>
        <source>The weekly review is not available in this build.</source>
        <translation>इस बिल्ड में साप्ताहिक समीक्षा उपलब्ध नहीं है।</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New file from %1: %2 — %3</source>
        <translation>%1 से नई नस्ती: %2 — %3</translation>
    </message>
    <message>
        <source>● Reconnecting…</source>
        <translation>● पुनः जुड़ रहा है…</translation>
    </message>
    <message>
        <source>Advanced search</source>
        <translation>विस्तृत खोज</translation>
    </message>
    <message>
        <source>No file you may see matches %1. Try fewer words, the beginning of a number, or the advanced search.</source>
        <translation>आपके देखने योग्य कोई नस्ती %1 से मेल नहीं खाती। कम शब्द, क्रमांक का आरंभ, या विस्तृत खोज आज़माएँ।</translation>
    </message>
    <message>
        <source>Search by file number, subject, note text, sender, letter or diary number</source>
        <translation>नस्ती क्रमांक, विषय, टीप, प्रेषक, पत्र या डायरी क्रमांक से खोजें</translation>
    </message>
    <message>
        <source>File number, subject or note words, sender, letter or diary number — Hindi or English</source>
        <translation>नस्ती क्रमांक, विषय या टीप के शब्द, प्रेषक, पत्र या डायरी क्रमांक — हिंदी या अंग्रेज़ी</translation>
    </message>
    <message>
        <source>&amp;Advanced…</source>
        <translation>विस्तृत… (&amp;A)</translation>
    </message>
    <message>
        <source>Search by sender, letter or diary number, dates, priority, grading, holder and status</source>
        <translation>प्रेषक, पत्र या डायरी क्रमांक, दिनांक, प्राथमिकता, श्रेणी, धारक और स्थिति से खोजें</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) past the time limit: see Reminders and Escalated to me.</source>
        <translation>
            <numerusform>%n नस्ती समय-सीमा से बाहर: स्मरण-पत्र और मुझे प्रेषित देखें।</numerusform>
            <numerusform>%n नस्तियाँ समय-सीमा से बाहर: स्मरण-पत्र और मुझे प्रेषित देखें।</numerusform>
        </translation>
    </message>
    <message>
        <source>they are turned off in this profile</source>
        <translation>इस प्रोफ़ाइल में वे बंद हैं</translation>
    </message>
    <message>
        <source>The server cannot be reached. No copies are kept on this computer for working offline (%1), so only the files already open can be read; what you type is kept here until the server is back.</source>
        <translation>सर्वर से संपर्क नहीं हो पा रहा है। ऑफ़लाइन कार्य के लिए इस कंप्यूटर पर कोई प्रति नहीं रखी जाती (%1), इसलिए केवल पहले से खुली नस्तियाँ पढ़ी जा सकती हैं; आप जो लिखते हैं वह सर्वर लौटने तक यहीं सुरक्षित रहता है।</translation>
    </message>
    <message>
        <source>no keychain</source>
        <translation>कोई कीचेन नहीं</translation>
    </message>
    <message>
        <source>The server cannot be reached. You are working on the copies of your inbox kept on this computer (as of %1): you can read files, write notes and send on the files you hold. Moves are sent when the server is back.</source>
        <translation>सर्वर से संपर्क नहीं हो पा रहा है। आप इस कंप्यूटर पर रखी अपने इनबॉक्स की प्रतियों पर कार्य कर रहे हैं (%1 की स्थिति): आप नस्तियाँ पढ़ सकते हैं, टिप्पणी लिख सकते हैं और अपने पास की नस्तियाँ आगे भेज सकते हैं। सर्वर लौटने पर ये कार्यवाहियाँ भेज दी जाती हैं।</translation>
    </message>
    <message>
        <source>The server cannot be reached, and no copy of your inbox is on this computer yet. What you type is kept here until the server is back.</source>
        <translation>सर्वर से संपर्क नहीं हो पा रहा है, और अभी इस कंप्यूटर पर आपके इनबॉक्स की कोई प्रति नहीं है। आप जो लिखते हैं वह सर्वर लौटने तक यहीं सुरक्षित रहता है।</translation>
    </message>
    <message numerus="yes">
        <source>%n move(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n कार्यवाही भेजे जाने की प्रतीक्षा में।</numerusform>
            <numerusform>%n कार्यवाहियाँ भेजे जाने की प्रतीक्षा में।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server is back: %n move(s) made offline were sent.</source>
        <translation>
            <numerusform>सर्वर लौट आया: ऑफ़लाइन की गई %n कार्यवाही भेज दी गई।</numerusform>
            <numerusform>सर्वर लौट आया: ऑफ़लाइन की गई %n कार्यवाहियाँ भेज दी गईं।</numerusform>
        </translation>
    </message>
    <message>
        <source>Moves made offline</source>
        <translation>ऑफ़लाइन की गई कार्यवाहियाँ</translation>
    </message>
    <message numerus="yes">
        <source>%n move(s) made while the server was away could not be done, because the file changed meanwhile:</source>
        <translation>
            <numerusform>सर्वर के अनुपलब्ध रहते की गई %n कार्यवाही पूरी नहीं हो सकी, क्योंकि इस बीच नस्ती बदल गई:</numerusform>
            <numerusform>सर्वर के अनुपलब्ध रहते की गई %n कार्यवाहियाँ पूरी नहीं हो सकीं, क्योंकि इस बीच नस्तियाँ बदल गईं:</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation>भेजी गईं:</translation>
    </message>
</context>
<context>
    <name>nasti::Navigation</name>
    <message>
        <source>Navigation</source>
        <translation>नेविगेशन</translation>
    </message>
    <message>
        <source>Inbox  (%1 · %2 new)</source>
        <translation>इनबॉक्स  (%1 · %2 नई)</translation>
    </message>
    <message>
        <source>Inbox  (%1)</source>
        <translation>इनबॉक्स  (%1)</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>भेजी गई</translation>
    </message>
    <message>
        <source>Created by me</source>
        <translation>मेरे द्वारा सृजित</translation>
    </message>
    <message>
        <source>Parked  (%1)</source>
        <translation>स्थगित  (%1)</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>बंद</translation>
    </message>
    <message>
        <source>Receipts  (%1 to file)</source>
        <translation>आवक पत्र  (%1 नस्ती में रखने हेतु)</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>आवक पत्र</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>खोजें</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>समीक्षा</translation>
    </message>
    <message>
        <source>Drafts for approval</source>
        <translation>अनुमोदन हेतु प्रारूप</translation>
    </message>
    <message>
        <source>Dispatch register</source>
        <translation>प्रेषण पंजी</translation>
    </message>
    <message>
        <source>Reminders  (%1)</source>
        <translation>स्मरण-पत्र  (%1)</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>स्मरण-पत्र</translation>
    </message>
    <message>
        <source>Escalated to me  (%1)</source>
        <translation>मुझे प्रेषित  (%1)</translation>
    </message>
    <message>
        <source>Escalated to me</source>
        <translation>मुझे प्रेषित</translation>
    </message>
    <message>
        <source>Watch-list  (%1)</source>
        <translation>निगरानी सूची  (%1)</translation>
    </message>
    <message>
        <source>Watch-list</source>
        <translation>निगरानी सूची</translation>
    </message>
</context>
<context>
    <name>nasti::NewFileDialog</name>
    <message>
        <source>Open a new file</source>
        <translation>नई नस्ती खोलें</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>अनुभाग</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>विषय</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>प्राथमिकता</translation>
    </message>
    <message>
        <source>Security grading</source>
        <translation>सुरक्षा वर्गीकरण</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>आवक पत्र</translation>
    </message>
    <message>
        <source>(none — a file without a receipt)</source>
        <translation>(कोई नहीं — बिना आवक पत्र की नस्ती)</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>नियत तिथि</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>नियत तिथि</translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation>अनुभाग(&amp;S):</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>विषय(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>प्राथमिकता(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Grading:</source>
        <translation>वर्गीकरण(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Receipt:</source>
        <translation>आवक पत्र(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Open file</source>
        <translation>नस्ती खोलें(&amp;O)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>You hold no post in any section; a file cannot be opened.</source>
        <translation>किसी अनुभाग में आपका कोई पद नहीं है; नस्ती नहीं खोली जा सकती।</translation>
    </message>
    <message>
        <source>The subject is empty; every file needs a subject.</source>
        <translation>विषय रिक्त है; प्रत्येक नस्ती का विषय होना आवश्यक है।</translation>
    </message>
    <message>
        <source>Reference category</source>
        <translation>संदर्भ श्रेणी</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(कोई नहीं)</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>संदर्भ क्रमांक</translation>
    </message>
    <message>
        <source>its reference number</source>
        <translation>उसका संदर्भ क्रमांक</translation>
    </message>
    <message>
        <source>Enter the reference number of the %1.</source>
        <translation>%1 का संदर्भ क्रमांक दर्ज करें।</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>श्रेणी(&amp;T):</translation>
    </message>
</context>
<context>
    <name>nasti::OrgCsvImporter</name>
    <message>
        <source>line %1: a quoted field is not closed</source>
        <translation>पंक्ति %1: उद्धरण चिह्नों वाला क्षेत्र बंद नहीं है</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>फ़ाइल खाली है</translation>
    </message>
    <message>
        <source>line %1: the header must be: %2</source>
        <translation>पंक्ति %1: शीर्ष पंक्ति यह होनी चाहिए: %2</translation>
    </message>
    <message>
        <source>The CSV file was not imported:
%1</source>
        <translation>CSV फ़ाइल आयात नहीं की गई:
%1</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>पंक्ति %1: %2</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation>%1 क्षेत्र अपेक्षित थे, %2 मिले</translation>
    </message>
    <message>
        <source>%1 “%2” appears twice in the file</source>
        <translation>%1 “%2” फ़ाइल में दो बार है</translation>
    </message>
    <message>
        <source>“%1” is not a valid department code</source>
        <translation>“%1” वैध विभाग कोड नहीं है</translation>
    </message>
    <message>
        <source>department “%1” already exists</source>
        <translation>विभाग “%1” पहले से विद्यमान है</translation>
    </message>
    <message>
        <source>department “%1” has no English name</source>
        <translation>विभाग “%1” का अंग्रेज़ी नाम नहीं है</translation>
    </message>
    <message>
        <source>“%1” is not a valid section code</source>
        <translation>“%1” वैध अनुभाग कोड नहीं है</translation>
    </message>
    <message>
        <source>section “%1” already exists</source>
        <translation>अनुभाग “%1” पहले से विद्यमान है</translation>
    </message>
    <message>
        <source>section “%1” has no English name</source>
        <translation>अनुभाग “%1” का अंग्रेज़ी नाम नहीं है</translation>
    </message>
    <message>
        <source>section “%1”: unknown department “%2”</source>
        <translation>अनुभाग “%1”: अज्ञात विभाग “%2”</translation>
    </message>
    <message>
        <source>“%1” is not a valid post code</source>
        <translation>“%1” वैध पद कोड नहीं है</translation>
    </message>
    <message>
        <source>post “%1” already exists</source>
        <translation>पद “%1” पहले से विद्यमान है</translation>
    </message>
    <message>
        <source>post “%1” has no English title</source>
        <translation>पद “%1” का अंग्रेज़ी पदनाम नहीं है</translation>
    </message>
    <message>
        <source>post “%1”: unknown department “%2”</source>
        <translation>पद “%1”: अज्ञात विभाग “%2”</translation>
    </message>
    <message>
        <source>post “%1”: unknown section “%2”</source>
        <translation>पद “%1”: अज्ञात अनुभाग “%2”</translation>
    </message>
    <message>
        <source>post “%1”: section “%2” is not in department “%3”</source>
        <translation>पद “%1”: अनुभाग “%2” विभाग “%3” में नहीं है</translation>
    </message>
    <message>
        <source>post “%1”: level must be a number from 1 to 6</source>
        <translation>पद “%1”: स्तर 1 से 6 तक की संख्या होना चाहिए</translation>
    </message>
    <message>
        <source>post “%1”: reports to unknown post “%2”</source>
        <translation>पद “%1”: अज्ञात पद “%2” को प्रतिवेदित करता है</translation>
    </message>
    <message>
        <source>post “%1” cannot report to itself</source>
        <translation>पद “%1” स्वयं को प्रतिवेदित नहीं कर सकता</translation>
    </message>
    <message>
        <source>“%1” is not a valid login</source>
        <translation>“%1” वैध लॉगिन नहीं है</translation>
    </message>
    <message>
        <source>login “%1” already exists</source>
        <translation>लॉगिन “%1” पहले से विद्यमान है</translation>
    </message>
    <message>
        <source>user “%1” has no name</source>
        <translation>उपयोगकर्ता “%1” का नाम नहीं है</translation>
    </message>
    <message>
        <source>user “%1”: role must be clerk, officer, reviewer or admin</source>
        <translation>उपयोगकर्ता “%1”: भूमिका clerk, officer, reviewer या admin होनी चाहिए</translation>
    </message>
    <message>
        <source>user “%1”: unknown post “%2”</source>
        <translation>उपयोगकर्ता “%1”: अज्ञात पद “%2”</translation>
    </message>
    <message>
        <source>unknown record type “%1” (department, section, post or user)</source>
        <translation>अज्ञात अभिलेख प्रकार “%1” (department, section, post या user)</translation>
    </message>
    <message>
        <source>The CSV file was not imported; nothing was changed:
%1</source>
        <translation>CSV फ़ाइल आयात नहीं की गई; कुछ भी नहीं बदला गया:
%1</translation>
    </message>
    <message>
        <source>line %1: not valid UTF-8 text (byte %2 is 0x%3); save the file as UTF-8</source>
        <translation>पंक्ति %1: वैध UTF-8 पाठ नहीं है (बाइट %2 का मान 0x%3 है); फ़ाइल को UTF-8 में सहेजें</translation>
    </message>
    <message>
        <source>department code “%1” is longer than 20 characters</source>
        <translation>विभाग कोड “%1” 20 वर्णों से लंबा है</translation>
    </message>
    <message>
        <source>section code “%1” is longer than 20 characters</source>
        <translation>अनुभाग कोड “%1” 20 वर्णों से लंबा है</translation>
    </message>
    <message>
        <source>line %1: posts %2 report to each other in a loop; one of them must report to a post outside it</source>
        <translation>पंक्ति %1: पद %2 घेरे में एक-दूसरे को रिपोर्ट करते हैं; इनमें से किसी एक को घेरे के बाहर के पद को रिपोर्ट करना होगा</translation>
    </message>
</context>
<context>
    <name>nasti::OrgService</name>
    <message>
        <source>Unknown %1 “%2”.</source>
        <translation>अज्ञात %1 “%2”।</translation>
    </message>
    <message>
        <source>“%1” is not a valid department code (letters, digits, - . _).</source>
        <translation>“%1” वैध विभाग कोड नहीं है (अक्षर, अंक, - . _)।</translation>
    </message>
    <message>
        <source>Department %1 needs an English name.</source>
        <translation>विभाग %1 का अंग्रेज़ी नाम आवश्यक है।</translation>
    </message>
    <message>
        <source>A time limit must be between 1 and 90 working days.</source>
        <translation>समय-सीमा 1 से 90 कार्य दिवसों के बीच होनी चाहिए।</translation>
    </message>
    <message>
        <source>“%1” is not a valid section code (letters, digits, - . _).</source>
        <translation>“%1” वैध अनुभाग कोड नहीं है (अक्षर, अंक, - . _)।</translation>
    </message>
    <message>
        <source>Section %1 needs an English name.</source>
        <translation>अनुभाग %1 का अंग्रेज़ी नाम आवश्यक है।</translation>
    </message>
    <message>
        <source>department</source>
        <translation>विभाग</translation>
    </message>
    <message>
        <source>“%1” is not a valid post code (letters, digits, - . _).</source>
        <translation>“%1” वैध पद कोड नहीं है (अक्षर, अंक, - . _)।</translation>
    </message>
    <message>
        <source>Post %1 needs an English title.</source>
        <translation>पद %1 का अंग्रेज़ी पदनाम आवश्यक है।</translation>
    </message>
    <message>
        <source>Post %1: level must be 1 (Assistant) to 6 (Chief Secretary).</source>
        <translation>पद %1: स्तर 1 (सहायक) से 6 (मुख्य सचिव) तक होना चाहिए।</translation>
    </message>
    <message>
        <source>section</source>
        <translation>अनुभाग</translation>
    </message>
    <message>
        <source>Post %1: section %2 is not in department %3.</source>
        <translation>पद %1: अनुभाग %2 विभाग %3 में नहीं है।</translation>
    </message>
    <message>
        <source>post</source>
        <translation>पद</translation>
    </message>
    <message>
        <source>“%1” is not a valid login: use 2–60 lower-case letters, digits, dot, dash or underscore, starting with a letter.</source>
        <translation>“%1” वैध लॉगिन नहीं है: 2–60 छोटे अंग्रेज़ी अक्षर, अंक, बिंदु, डैश या अंडरस्कोर का प्रयोग करें, जो किसी अक्षर से आरंभ हो।</translation>
    </message>
    <message>
        <source>User %1 needs a name.</source>
        <translation>उपयोगकर्ता %1 का नाम आवश्यक है।</translation>
    </message>
    <message>
        <source>The password is too short (at least 4 characters).</source>
        <translation>पासवर्ड बहुत छोटा है (कम से कम 4 अक्षर)।</translation>
    </message>
    <message>
        <source>login</source>
        <translation>लॉगिन</translation>
    </message>
    <message>
        <source>Unknown login “%1”.</source>
        <translation>अज्ञात लॉगिन “%1”।</translation>
    </message>
    <message>
        <source>department name</source>
        <translation>विभाग का नाम</translation>
    </message>
    <message>
        <source>department name (Hindi)</source>
        <translation>विभाग का नाम (हिंदी)</translation>
    </message>
    <message>
        <source>section name</source>
        <translation>अनुभाग का नाम</translation>
    </message>
    <message>
        <source>section name (Hindi)</source>
        <translation>अनुभाग का नाम (हिंदी)</translation>
    </message>
    <message>
        <source>post title</source>
        <translation>पद का नाम</translation>
    </message>
    <message>
        <source>post title (Hindi)</source>
        <translation>पद का नाम (हिंदी)</translation>
    </message>
    <message>
        <source>user's name</source>
        <translation>उपयोगकर्ता का नाम</translation>
    </message>
    <message>
        <source>The login %1 is disabled; enable it before handing it the charge of %2.</source>
        <translation>लॉगिन %1 निष्क्रिय है; %2 का प्रभार सौंपने से पहले इसे सक्रिय करें।</translation>
    </message>
</context>
<context>
    <name>nasti::Pager</name>
    <message>
        <source>Weekly review %1 — %2</source>
        <translation>साप्ताहिक समीक्षा %1 — %2</translation>
    </message>
    <message>
        <source>Nasti — generated %1 IST</source>
        <translation>नस्ती — %1 IST पर तैयार</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>पृष्ठ %1 / %2</translation>
    </message>
</context>
<context>
    <name>nasti::PdfView</name>
    <message>
        <source>No document is open.</source>
        <translation>कोई दस्तावेज़ खुला नहीं है।</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>छोटा करें</translation>
    </message>
    <message>
        <source>−</source>
        <comment>zoom out button</comment>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>बड़ा करें</translation>
    </message>
    <message>
        <source>+</source>
        <comment>zoom in button</comment>
        <translation>+</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>चौड़ाई में फ़िट करें</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>पिछला पृष्ठ</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>अगला पृष्ठ</translation>
    </message>
    <message>
        <source>Find in document</source>
        <translation>दस्तावेज़ में खोजें</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>खोजें</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>पिछला परिणाम</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>अगला परिणाम</translation>
    </message>
    <message>
        <source>PDF tools</source>
        <translation>PDF उपकरण</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>ज़ूम</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Current page</source>
        <translation>वर्तमान पृष्ठ</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Search result</source>
        <translation>खोज परिणाम</translation>
    </message>
    <message>
        <source>Page thumbnails</source>
        <translation>पृष्ठ थंबनेल</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>पृष्ठ</translation>
    </message>
    <message>
        <source>Opening the document…</source>
        <translation>दस्तावेज़ खोला जा रहा है…</translation>
    </message>
    <message>
        <source>Opening “%1”…</source>
        <translation>“%1” खोला जा रहा है…</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>पृष्ठ %1</translation>
    </message>
    <message>
        <source>This document cannot be shown.</source>
        <translation>यह दस्तावेज़ प्रदर्शित नहीं किया जा सकता।</translation>
    </message>
    <message>
        <source>“%1” cannot be shown.</source>
        <translation>“%1” प्रदर्शित नहीं किया जा सकता।</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>खोज जारी है…</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>नहीं मिला</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <comment>search hit of hits</comment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Open in its own window</source>
        <translation>अलग विंडो में खोलें</translation>
    </message>
    <message>
        <source>Pop out</source>
        <translation>अलग करें</translation>
    </message>
    <message>
        <source>Bring it back here</source>
        <translation>यहाँ वापस लाएँ</translation>
    </message>
    <message>
        <source>Bring the document back here</source>
        <translation>दस्तावेज़ यहाँ वापस लाएँ</translation>
    </message>
    <message>
        <source>Back into the file</source>
        <translation>नस्ती में वापस</translation>
    </message>
    <message>
        <source>Put back</source>
        <translation>वापस रखें</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>दस्तावेज़</translation>
    </message>
    <message>
        <source>The document is open in its own window.</source>
        <translation>दस्तावेज़ अलग विंडो में खुला है।</translation>
    </message>
    <message>
        <source>“%1” is open in its own window.</source>
        <translation>“%1” अलग विंडो में खुला है।</translation>
    </message>
    <message>
        <source>Pages without a text layer (scanned images), not searched: %1</source>
        <translation>बिना पाठ-परत वाले पृष्ठ (स्कैन की गई छवियाँ), जिनमें खोज नहीं हुई: %1</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to search: the %n page(s) are scans without a text layer</source>
        <translation>
            <numerusform>खोजने को कुछ नहीं: %n पृष्ठ, बिना पाठ-परत का स्कैन</numerusform>
            <numerusform>खोजने को कुछ नहीं: %n पृष्ठ, बिना पाठ-परत के स्कैन</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not found; %n page(s) without a text layer (scans) not searched</source>
        <translation>
            <numerusform>नहीं मिला; बिना पाठ-परत का %n पृष्ठ (स्कैन) खोजा नहीं जा सका</numerusform>
            <numerusform>नहीं मिला; बिना पाठ-परत के %n पृष्ठ (स्कैन) खोजे नहीं जा सके</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nasti::PopplerInspector</name>
    <message>
        <source>The file is empty.</source>
        <translation>फ़ाइल खाली है।</translation>
    </message>
    <message>
        <source>The file is not a PDF.</source>
        <translation>यह फ़ाइल PDF नहीं है।</translation>
    </message>
    <message>
        <source>The file is not a readable PDF (it may be damaged).</source>
        <translation>फ़ाइल पठनीय PDF नहीं है (संभवतः क्षतिग्रस्त है)।</translation>
    </message>
    <message>
        <source>The PDF is protected by a password; remove the protection and try again.</source>
        <translation>PDF पासवर्ड से सुरक्षित है; सुरक्षा हटाकर पुनः प्रयास करें।</translation>
    </message>
    <message>
        <source>The PDF has no pages.</source>
        <translation>PDF में कोई पृष्ठ नहीं है।</translation>
    </message>
    <message>
        <source>Page %1 of the PDF cannot be read (the file may be damaged).</source>
        <translation>PDF का पृष्ठ %1 पढ़ा नहीं जा सकता (फ़ाइल संभवतः क्षतिग्रस्त है)।</translation>
    </message>
</context>
<context>
    <name>nasti::ProfileStore</name>
    <message>
        <source>Demo (this computer)</source>
        <translation>डेमो (यह कंप्यूटर)</translation>
    </message>
</context>
<context>
    <name>nasti::QueryWorker</name>
    <message>
        <source>The connection to the server is lost and could not be restored. What you asked for may not have been done; what you wrote is kept. When the server is back, look at the file (what was done shows there) before you try again.</source>
        <translation>सर्वर से संपर्क टूट गया है और फिर से नहीं जुड़ सका। हो सकता है आपका कहा कार्य न हुआ हो; आपने जो लिखा है वह सुरक्षित है। सर्वर लौटने पर दोबारा प्रयास करने से पहले फ़ाइल देख लें (जो हुआ है वह वहाँ दिखता है)।</translation>
    </message>
</context>
<context>
    <name>nasti::ReceiptListModel</name>
    <message>
        <source>%1 dated %2</source>
        <translation>%1 दिनांक %2</translation>
    </message>
    <message>
        <source>Not yet put into a file</source>
        <translation>अभी किसी नस्ती में नहीं रखा गया</translation>
    </message>
    <message>
        <source>Diary number</source>
        <translation>डायरी क्रमांक</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>प्राप्ति दिनांक</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>प्रेषक</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>पत्र</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>विषय</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>पृष्ठ</translation>
    </message>
    <message>
        <source>In file</source>
        <translation>नस्ती में</translation>
    </message>
</context>
<context>
    <name>nasti::ReceiptService</name>
    <message>
        <source>The sender is empty; say who wrote the letter.</source>
        <translation>प्रेषक रिक्त है; बताएँ कि पत्र किसने लिखा।</translation>
    </message>
    <message>
        <source>The subject is empty; every receipt needs a subject.</source>
        <translation>विषय रिक्त है; प्रत्येक आवक पत्र का विषय होना आवश्यक है।</translation>
    </message>
    <message>
        <source>The sender, subject or letter number is too long.</source>
        <translation>प्रेषक, विषय या पत्र क्रमांक बहुत लंबा है।</translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation>फ़ाइल %1 खाली है।</translation>
    </message>
    <message>
        <source>The file %1 is too large (%2); the limit is %3.</source>
        <translation>फ़ाइल %1 बहुत बड़ी है (%2); सीमा %3 है।</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The document</source>
        <translation>दस्तावेज़</translation>
    </message>
    <message>
        <source>There is no section “%1”.</source>
        <translation>“%1” नाम का कोई अनुभाग नहीं है।</translation>
    </message>
    <message>
        <source>You hold no post in a section that could diarise this receipt.</source>
        <translation>आपका ऐसे किसी अनुभाग में पद नहीं है जो यह आवक पत्र डायरी कर सके।</translation>
    </message>
    <message>
        <source>sender</source>
        <translation>प्रेषक</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>विषय</translation>
    </message>
    <message>
        <source>letter number</source>
        <translation>पत्र संख्या</translation>
    </message>
    <message>
        <source>reference number</source>
        <translation>संदर्भ क्रमांक</translation>
    </message>
    <message>
        <source>Give the reference number of the %1.</source>
        <translation>%1 का संदर्भ क्रमांक दीजिए।</translation>
    </message>
    <message>
        <source>A reference number “%1” needs its category (VIP reference, Assembly question, court case, CM Helpline or CPGRAMS).</source>
        <translation>संदर्भ क्रमांक “%1” के साथ उसकी श्रेणी भी चाहिए (वीआईपी संदर्भ, विधानसभा प्रश्न, न्यायालयीन प्रकरण, सीएम हेल्पलाइन या सीपीग्राम्स)।</translation>
    </message>
    <message>
        <source>The reference number is too long (at most 60 characters).</source>
        <translation>संदर्भ क्रमांक बहुत लंबा है (अधिकतम 60 अक्षर)।</translation>
    </message>
    <message>
        <source>There is no reference category “%1” (vip, assembly, court, cm-helpline, cpgrams).</source>
        <translation>“%1” नाम की कोई संदर्भ श्रेणी नहीं है (vip, assembly, court, cm-helpline, cpgrams)।</translation>
    </message>
</context>
<context>
    <name>nasti::ReceiptViewer</name>
    <message>
        <source>Receipt</source>
        <translation>आवक पत्र</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>आवक पत्र %1</translation>
    </message>
    <message>
        <source>From %1; letter %2 dated %3</source>
        <translation>प्रेषक %1; पत्र %2 दिनांक %3</translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation>(क्रमांक नहीं)</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(नहीं दिया गया)</translation>
    </message>
    <message numerus="yes">
        <source>Diarised %1 in %2; %n page(s)</source>
        <translation>
            <numerusform>%1 को %2 में पंजीकृत; %n पृष्ठ</numerusform>
            <numerusform>%1 को %2 में पंजीकृत; %n पृष्ठ</numerusform>
        </translation>
    </message>
    <message>
        <source>Not yet put into a file.</source>
        <translation>अभी किसी नस्ती में नहीं रखा गया।</translation>
    </message>
    <message>
        <source>In file %1.</source>
        <translation>नस्ती %1 में।</translation>
    </message>
    <message>
        <source>&amp;Put into a file…</source>
        <translation>नस्ती में रखें… (&amp;P)</translation>
    </message>
    <message>
        <source>Open a &amp;new file with it…</source>
        <translation>इससे नई नस्ती खोलें… (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open file %1</source>
        <translation>नस्ती %1 खोलें (&amp;O)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Acknowledgement %1</source>
        <translation>पावती %1</translation>
    </message>
    <message>
        <source>Save the acknowledgement</source>
        <translation>पावती सहेजें</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF दस्तावेज़ (*.pdf)</translation>
    </message>
    <message>
        <source>Acknowledgement not saved</source>
        <translation>पावती सहेजी नहीं गई</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 में लिखा नहीं जा सका।</translation>
    </message>
    <message>
        <source>&amp;Acknowledgement (PDF)…</source>
        <translation>पावती (PDF)(&amp;A)…</translation>
    </message>
    <message>
        <source>The sender's acknowledgement: an A4 PDF with the diary number</source>
        <translation>प्रेषक के लिए पावती: डायरी क्रमांक सहित A4 PDF</translation>
    </message>
</context>
<context>
    <name>nasti::ReceiptsPage</name>
    <message>
        <source>Diarise a receipt</source>
        <translation>आवक पत्र डायरी करें</translation>
    </message>
    <message>
        <source>Open a new file with it</source>
        <translation>इससे नई नस्ती खोलें</translation>
    </message>
    <message>
        <source>Put into a file</source>
        <translation>नस्ती में रखें</translation>
    </message>
    <message>
        <source>Diarise…</source>
        <translation>डायरी करें…</translation>
    </message>
    <message>
        <source>Diarise a letter; you can also drop PDF files on this window</source>
        <translation>पत्र डायरी करें; आप PDF फ़ाइलें इस विंडो पर छोड़ भी सकते हैं</translation>
    </message>
    <message>
        <source>Open a new file with it…</source>
        <translation>इससे नई नस्ती खोलें…</translation>
    </message>
    <message>
        <source>Put into a file…</source>
        <translation>नस्ती में रखें…</translation>
    </message>
    <message>
        <source>Drop PDF letters here to diarise them.</source>
        <translation>डायरी करने के लिए PDF पत्र यहाँ छोड़ें।</translation>
    </message>
    <message>
        <source>Receipts are diarised by a post in a section.</source>
        <translation>आवक पत्र शाखा के किसी पद द्वारा पंजीकृत होते हैं।</translation>
    </message>
    <message>
        <source>&amp;Open letter</source>
        <translation>पत्र खोलें (&amp;O)</translation>
    </message>
    <message>
        <source>Open a &amp;new file with it…</source>
        <translation>इससे नई नस्ती खोलें… (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Put into a file…</source>
        <translation>नस्ती में रखें… (&amp;P)</translation>
    </message>
</context>
<context>
    <name>nasti::Review</name>
    <message>
        <source>W%1</source>
        <comment>ISO week number on the trend chart's axis</comment>
        <translation>स%1</translation>
    </message>
</context>
<context>
    <name>nasti::ReviewCsv</name>
    <message>
        <source>Weekly review</source>
        <translation>साप्ताहिक समीक्षा</translation>
    </message>
    <message>
        <source>as of</source>
        <translation>स्थिति दिनांक</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>कोड</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Longest pending files</source>
        <translation>सर्वाधिक समय से लंबित नस्तियाँ</translation>
    </message>
    <message>
        <source>Trend (12 weeks)</source>
        <translation>प्रवृत्ति (12 सप्ताह)</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>सप्ताह</translation>
    </message>
    <message>
        <source>Pending at week end</source>
        <translation>सप्ताहांत पर लंबित</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>सृजित</translation>
    </message>
    <message>
        <source>Disposed</source>
        <translation>निराकृत</translation>
    </message>
    <message>
        <source>Latest note digitally signed by</source>
        <translation>अंतिम टीप पर डिजिटल हस्ताक्षर</translation>
    </message>
</context>
<context>
    <name>nasti::ReviewReport</name>
    <message>
        <source>The review is empty.</source>
        <translation>समीक्षा रिक्त है।</translation>
    </message>
    <message>
        <source>The report could not be drawn on this printer or file.</source>
        <translation>यह प्रतिवेदन इस प्रिंटर या फ़ाइल पर नहीं बनाया जा सका।</translation>
    </message>
    <message>
        <source>Cannot write the PDF file %1: %2</source>
        <translation>PDF फ़ाइल %1 नहीं लिखी जा सकी: %2</translation>
    </message>
    <message>
        <source>Weekly review %1</source>
        <translation>साप्ताहिक समीक्षा %1</translation>
    </message>
</context>
<context>
    <name>nasti::ReviewService</name>
    <message>
        <source>There is no department “%1”.</source>
        <translation>“%1” नाम का कोई विभाग नहीं है।</translation>
    </message>
    <message>
        <source>A department head may review only his own department.</source>
        <translation>विभागाध्यक्ष केवल अपने विभाग की समीक्षा कर सकता है।</translation>
    </message>
    <message>
        <source>Only reviewers and department heads may see the weekly review.</source>
        <translation>साप्ताहिक समीक्षा केवल समीक्षक और विभागाध्यक्ष देख सकते हैं।</translation>
    </message>
    <message>
        <source>No week was chosen for the review.</source>
        <translation>समीक्षा के लिए कोई सप्ताह नहीं चुना गया।</translation>
    </message>
    <message>
        <source>Week %1 has not begun yet.</source>
        <translation>सप्ताह %1 अभी आरंभ नहीं हुआ है।</translation>
    </message>
    <message>
        <source>Only an administrator may close review weeks.</source>
        <translation>केवल प्रशासक ही समीक्षा सप्ताह बंद कर सकता है।</translation>
    </message>
    <message>
        <source>Week %1 has not ended yet.</source>
        <translation>सप्ताह %1 अभी समाप्त नहीं हुआ है।</translation>
    </message>
    <message>
        <source>Secret file</source>
        <translation>गुप्त नस्ती</translation>
    </message>
    <message>
        <source>Confidential file</source>
        <translation>गोपनीय नस्ती</translation>
    </message>
    <message>
        <source>Only an administrator may close review days.</source>
        <translation>समीक्षा के दिन केवल प्रशासक बंद कर सकता है।</translation>
    </message>
</context>
<context>
    <name>nasti::ReviewWidget</name>
    <message>
        <source>File number</source>
        <translation>नस्ती क्रमांक</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>विषय</translation>
    </message>
    <message>
        <source>Held at</source>
        <translation>कहाँ लंबित</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>कब से</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>दिवस</translation>
    </message>
    <message>
        <source>Reason for delay</source>
        <translation>विलंब का कारण</translation>
    </message>
    <message>
        <source> (parked)</source>
        <translation> (स्थगित)</translation>
    </message>
    <message>
        <source>With %1 since %2 · %3</source>
        <translation>%2 से %1 के पास · %3</translation>
    </message>
    <message>
        <source>Reason for delay:</source>
        <translation>विलंब का कारण:</translation>
    </message>
    <message>
        <source>Note sheet</source>
        <translation>नोटशीट</translation>
    </message>
    <message>
        <source>Movements</source>
        <translation>अग्रेषण</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>पिछला सप्ताह</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>अगला सप्ताह</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>रीफ़्रेश करें</translation>
    </message>
    <message>
        <source>Week under review</source>
        <translation>समीक्षाधीन सप्ताह</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>मुद्रण पूर्वावलोकन</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>PDF सहेजें</translation>
    </message>
    <message>
        <source>Save CSV</source>
        <translation>CSV सहेजें</translation>
    </message>
    <message>
        <source>Loading the review</source>
        <translation>समीक्षा लोड हो रही है</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>समीक्षा की स्थिति</translation>
    </message>
    <message>
        <source>Figures by unit</source>
        <translation>इकाईवार आँकड़े</translation>
    </message>
    <message>
        <source>Longest pending files</source>
        <translation>सर्वाधिक समय से लंबित नस्तियाँ</translation>
    </message>
    <message>
        <source>Twelve-week trend</source>
        <translation>बारह सप्ताह की प्रवृत्ति</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ पिछला</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>अगला ▶</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>मुद्रण पूर्वावलोकन…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>PDF सहेजें…</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>CSV सहेजें…</translation>
    </message>
    <message>
        <source>Double-click a figure to see the files behind it.</source>
        <translation>किसी आँकड़े से संबंधित नस्तियाँ देखने के लिए उस पर डबल-क्लिक करें।</translation>
    </message>
    <message>
        <source>Loading week %1…</source>
        <translation>सप्ताह %1 लोड हो रहा है…</translation>
    </message>
    <message>
        <source>As of %1 IST</source>
        <translation>%1 IST की स्थिति</translation>
    </message>
    <message>
        <source>Last 12 weeks: %1</source>
        <translation>पिछले 12 सप्ताह: %1</translation>
    </message>
    <message>
        <source>Longest pending: %1</source>
        <translation>सर्वाधिक समय से लंबित: %1</translation>
    </message>
    <message>
        <source>%1 — %2, week %3</source>
        <translation>%1 — %2, सप्ताह %3</translation>
    </message>
    <message>
        <source>Files behind the figure</source>
        <translation>आँकड़े से संबंधित नस्तियाँ</translation>
    </message>
    <message>
        <source>Save the list as CSV</source>
        <translation>सूची CSV के रूप में सहेजें</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV फ़ाइलें (*.csv)</translation>
    </message>
    <message>
        <source>File %1 (read only)</source>
        <translation>नस्ती %1 (केवल पढ़ने हेतु)</translation>
    </message>
    <message>
        <source>File, read only</source>
        <translation>नस्ती, केवल पढ़ने हेतु</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>लोड हो रहा है…</translation>
    </message>
    <message>
        <source>The review has not been loaded yet.</source>
        <translation>समीक्षा अभी लोड नहीं हुई है।</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 में लिखा नहीं जा सका: %2</translation>
    </message>
    <message>
        <source>Save the review as CSV</source>
        <translation>समीक्षा CSV के रूप में सहेजें</translation>
    </message>
    <message>
        <source>Save the review as PDF</source>
        <translation>समीक्षा PDF के रूप में सहेजें</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF फ़ाइलें (*.pdf)</translation>
    </message>
    <message>
        <source>Weekly review %1</source>
        <translation>साप्ताहिक समीक्षा %1</translation>
    </message>
    <message>
        <source>Week %1 of %2 (%3 – %4)</source>
        <translation>सप्ताह %1, %2 (%3 – %4)</translation>
    </message>
    <message>
        <source>%1 (review date %2)</source>
        <translation>%1 (समीक्षा तिथि %2)</translation>
    </message>
</context>
<context>
    <name>nasti::Rulebook</name>
    <message>
        <source>note on</source>
        <translation>टीप लिखना</translation>
    </message>
    <message>
        <source>open</source>
        <translation>खोलना</translation>
    </message>
    <message>
        <source>move</source>
        <translation>अग्रेषित करना</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>वापस लेना</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>अनुमोदित करना</translation>
    </message>
    <message>
        <source>reject</source>
        <translation>अस्वीकृत करना</translation>
    </message>
    <message>
        <source>park</source>
        <translation>स्थगित रखना</translation>
    </message>
    <message>
        <source>unpark</source>
        <translation>स्थगन समाप्त करना</translation>
    </message>
    <message>
        <source>close</source>
        <translation>बंद करना</translation>
    </message>
    <message>
        <source>reopen</source>
        <translation>पुनः खोलना</translation>
    </message>
    <message>
        <source>link</source>
        <translation>संबद्ध करना</translation>
    </message>
    <message>
        <source>add papers to</source>
        <translation>पत्र जोड़ना</translation>
    </message>
    <message>
        <source>explain the delay of</source>
        <translation>विलंब का कारण दर्ज करना</translation>
    </message>
    <message>
        <source>File %1 is with %2; only that post may %3 it.</source>
        <translation>नस्ती %1 पद %2 के पास है; यह कार्य (%3) केवल वही पद कर सकता है।</translation>
    </message>
    <message>
        <source>A reviewer cannot %1 files.</source>
        <translation>समीक्षक नस्तियों पर यह कार्य (%1) नहीं कर सकता।</translation>
    </message>
    <message>
        <source>File %1 is closed; reopen it first.</source>
        <translation>नस्ती %1 बंद है; पहले इसे पुनः खोलें।</translation>
    </message>
    <message>
        <source>File %1 is parked; unpark it first.</source>
        <translation>नस्ती %1 स्थगित है; पहले इसका स्थगन समाप्त करें।</translation>
    </message>
    <message>
        <source>Only the post that sent file %1 may recall it.</source>
        <translation>नस्ती %1 को केवल भेजने वाला पद ही वापस ले सकता है।</translation>
    </message>
    <message>
        <source>File %1 has already been opened by its receiver; it can no longer be recalled.</source>
        <translation>नस्ती %1 प्राप्तकर्ता द्वारा खोली जा चुकी है; अब इसे वापस नहीं लिया जा सकता।</translation>
    </message>
    <message>
        <source>Post %1 has no reporting officer to put the file up to.</source>
        <translation>पद %1 का कोई प्रतिवेदक अधिकारी नहीं है जिसे नस्ती प्रस्तुत की जा सके।</translation>
    </message>
    <message>
        <source>File %1 was not sent to you by anyone; there is no one to return it to.</source>
        <translation>नस्ती %1 आपको किसी ने नहीं भेजी थी; इसे लौटाने के लिए कोई पद नहीं है।</translation>
    </message>
    <message>
        <source>Only an officer may approve a file.</source>
        <translation>नस्ती केवल अधिकारी ही अनुमोदित कर सकता है।</translation>
    </message>
    <message>
        <source>Only an officer may reject a file.</source>
        <translation>नस्ती केवल अधिकारी ही अस्वीकृत कर सकता है।</translation>
    </message>
    <message>
        <source>File %1 is not parked.</source>
        <translation>नस्ती %1 स्थगित नहीं है।</translation>
    </message>
    <message>
        <source>Only the post that opened file %1 may close it.</source>
        <translation>नस्ती %1 को केवल उसे खोलने वाला पद ही बंद कर सकता है।</translation>
    </message>
    <message>
        <source>File %1 has no approval by a competent officer; it cannot be closed yet.</source>
        <translation>नस्ती %1 पर सक्षम अधिकारी का अनुमोदन नहीं है; इसे अभी बंद नहीं किया जा सकता।</translation>
    </message>
    <message>
        <source>File %1 is not closed.</source>
        <translation>नस्ती %1 बंद नहीं है।</translation>
    </message>
    <message>
        <source>Only the post that opened file %1 may reopen it.</source>
        <translation>नस्ती %1 को केवल उसे खोलने वाला पद ही पुनः खोल सकता है।</translation>
    </message>
    <message>
        <source>File %1 is within its time limit (%2 of %3 working days); no reason for delay is due.</source>
        <translation>नस्ती %1 अपनी समय-सीमा के भीतर है (%3 में से %2 कार्य दिवस); विलंब का कारण अपेक्षित नहीं है।</translation>
    </message>
    <message>
        <source>A reviewer cannot open files.</source>
        <translation>समीक्षक नस्तियाँ नहीं खोल सकता।</translation>
    </message>
    <message>
        <source>You hold no post; files are opened by posts.</source>
        <translation>आपके पास कोई पद नहीं है; नस्तियाँ पदों द्वारा खोली जाती हैं।</translation>
    </message>
    <message>
        <source>A decision goes back along the file's own path; %1 is not on it.</source>
        <translation>निर्णय नस्ती के अपने मार्ग पर ही वापस जाता है; %1 उस मार्ग पर नहीं है।</translation>
    </message>
    <message>
        <source>A reviewer cannot diarise receipts.</source>
        <translation>समीक्षक आवक पत्र डायरी नहीं कर सकता।</translation>
    </message>
    <message>
        <source>Receipts are diarised in a section; you hold no post in one.</source>
        <translation>आवक पत्र किसी शाखा में पंजीकृत होते हैं; आप किसी शाखा के पद पर नहीं हैं।</translation>
    </message>
    <message>
        <source>draft in</source>
        <translation>प्रारूप लिखना</translation>
    </message>
    <message>
        <source>approve drafts in</source>
        <translation>प्रारूप अनुमोदित करना</translation>
    </message>
    <message>
        <source>issue letters of</source>
        <translation>पत्र जारी करना</translation>
    </message>
    <message>
        <source>Only an officer may approve a draft.</source>
        <translation>प्रारूप केवल अधिकारी ही अनुमोदित कर सकता है।</translation>
    </message>
    <message>
        <source>Letters of file %1 are issued by its own section; post %2 is not in it.</source>
        <translation>नस्ती %1 के पत्र उसका अपना अनुभाग ही जारी करता है; पद %2 उस अनुभाग में नहीं है।</translation>
    </message>
    <message>
        <source>File %1 is closed.</source>
        <translation>नस्ती %1 बंद है।</translation>
    </message>
    <message>
        <source>You hold file %1; there is no one to call for it from.</source>
        <translation>नस्ती %1 आपके ही पास है; इसे किसी और से मँगाने का प्रश्न नहीं है।</translation>
    </message>
    <message>
        <source>Only the Chief Secretary, the head of the department or an officer above the holder may call for file %1 or watch it.</source>
        <translation>केवल मुख्य सचिव, विभाग प्रमुख या धारक से ऊपर के अधिकारी ही नस्ती %1 मँगा सकते हैं या उसे निगरानी में रख सकते हैं।</translation>
    </message>
</context>
<context>
    <name>nasti::ScaleSeeder</name>
    <message>
        <source>--files must be at least 1.</source>
        <translation>--files कम से कम 1 होना चाहिए।</translation>
    </message>
    <message>
        <source>The seeder needs at least one receipt PDF.</source>
        <translation>सीडर को कम से कम एक आवक पत्र PDF चाहिए।</translation>
    </message>
    <message>
        <source>The database %1 already has an organisation or files; seed-scale only seeds an empty database (create a new one for the benchmark).</source>
        <translation>डेटाबेस %1 में पहले से संगठन या नस्तियाँ हैं; seed-scale केवल खाली डेटाबेस में डेटा भरता है (बेंचमार्क के लिए नया डेटाबेस बनाएँ)।</translation>
    </message>
    <message>
        <source>seed-scale on PostgreSQL needs a superuser connection (it writes history rows with the guard triggers off on its own session).</source>
        <translation>PostgreSQL पर seed-scale के लिए सुपरयूज़र कनेक्शन आवश्यक है (यह अपने सत्र में सुरक्षा ट्रिगर बंद करके इतिहास की पंक्तियाँ लिखता है)।</translation>
    </message>
    <message>
        <source>seed-scale: %1/%2 files (%3%), %4 rows, %5 rows/s, ETA %6</source>
        <translation>seed-scale: %1/%2 नस्तियाँ (%3%), %4 पंक्तियाँ, %5 पंक्तियाँ/से., शेष समय %6</translation>
    </message>
    <message>
        <source>seed-scale: generated everything in %1; waiting for the database to finish writing…</source>
        <translation>seed-scale: सब कुछ %1 में तैयार; डेटाबेस के लेखन पूरा करने की प्रतीक्षा…</translation>
    </message>
    <message>
        <source>seed-scale: rows written in %1; finishing (sequences, statistics, custody check)…</source>
        <translation>seed-scale: पंक्तियाँ %1 में लिखी गईं; समापन (अनुक्रम, सांख्यिकी, अभिरक्षा जाँच)…</translation>
    </message>
    <message>
        <source>The seeded custody is inconsistent: %1</source>
        <translation>सीड की गई अभिरक्षा असंगत है: %1</translation>
    </message>
    <message>
        <source>file %1 is not held where its last movement took it.</source>
        <translation>नस्ती %1 वहाँ नहीं है जहाँ उसका अंतिम अग्रेषण उसे ले गया।</translation>
    </message>
    <message>
        <source>file %1 has a movement that does not start where the previous one ended.</source>
        <translation>नस्ती %1 का एक अग्रेषण वहाँ से आरंभ नहीं होता जहाँ पिछला समाप्त हुआ।</translation>
    </message>
    <message>
        <source>seed-scale: created %1 login roles for the bench's users</source>
        <translation>seed-scale: बेंचमार्क के उपयोगकर्ताओं के लिए %1 लॉगिन रोल बनाए गए</translation>
    </message>
    <message>
        <source>seed-scale: an earlier run was interrupted; removing what it wrote and seeding again</source>
        <translation>seed-scale: पिछला रन बीच में रुक गया था; उसका लिखा हटाकर फिर से आरंभ से सीड किया जा रहा है</translation>
    </message>
    <message>
        <source>seed-scale: recording the seeded closings in the event log…</source>
        <translation>seed-scale: बीजित समापनों को घटना-लॉग में दर्ज किया जा रहा है…</translation>
    </message>
</context>
<context>
    <name>nasti::SearchCriteria</name>
    <message>
        <source>words %1</source>
        <translation>शब्द %1</translation>
    </message>
    <message>
        <source>file number %1</source>
        <translation>नस्ती क्रमांक %1</translation>
    </message>
    <message>
        <source>sender %1</source>
        <translation>प्रेषक %1</translation>
    </message>
    <message>
        <source>letter number %1</source>
        <translation>पत्र क्रमांक %1</translation>
    </message>
    <message>
        <source>diary number %1</source>
        <translation>डायरी क्रमांक %1</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>%1 के पास</translation>
    </message>
    <message>
        <source>opened from %1</source>
        <translation>%1 से खोली गई</translation>
    </message>
    <message>
        <source>opened up to %1</source>
        <translation>%1 तक खोली गई</translation>
    </message>
    <message>
        <source>priority %1</source>
        <translation>प्राथमिकता %1</translation>
    </message>
    <message>
        <source>grading %1</source>
        <translation>श्रेणी %1</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>स्थिति %1</translation>
    </message>
</context>
<context>
    <name>nasti::SearchPanel</name>
    <message>
        <source>Se&amp;nder:</source>
        <translation>प्रेषक (&amp;N):</translation>
    </message>
    <message>
        <source>Letter n&amp;o.:</source>
        <translation>पत्र क्रमांक (&amp;O):</translation>
    </message>
    <message>
        <source>D&amp;iary no.:</source>
        <translation>डायरी क्रमांक (&amp;I):</translation>
    </message>
    <message>
        <source>File n&amp;o.:</source>
        <translation>नस्ती क्रमांक (&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Held by:</source>
        <translation>किसके पास (&amp;H):</translation>
    </message>
    <message>
        <source>Priorit&amp;y:</source>
        <translation>प्राथमिकता (&amp;Y):</translation>
    </message>
    <message>
        <source>&amp;Grading:</source>
        <translation>श्रेणी (&amp;G):</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>स्थिति (&amp;T):</translation>
    </message>
    <message>
        <source>Opened &amp;from</source>
        <translation>खोली गई, दिनांक से (&amp;F)</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>तक (&amp;O)</translation>
    </message>
    <message>
        <source>any part, e.g. Collector</source>
        <translation>कोई भी अंश, जैसे कलेक्टर</translation>
    </message>
    <message>
        <source>beginning, e.g. L/101</source>
        <translation>आरंभ, जैसे L/101</translation>
    </message>
    <message>
        <source>beginning, e.g. R-12/2026</source>
        <translation>आरंभ, जैसे R-12/2026</translation>
    </message>
    <message>
        <source>beginning, e.g. A-11011/5</source>
        <translation>आरंभ, जैसे A-11011/5</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>खोजें (&amp;S)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>साफ़ करें (&amp;L)</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>प्रेषक</translation>
    </message>
    <message>
        <source>Letter number</source>
        <translation>पत्र क्रमांक</translation>
    </message>
    <message>
        <source>Diary number</source>
        <translation>डायरी क्रमांक</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>नस्ती क्रमांक</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>किसके पास</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>प्राथमिकता</translation>
    </message>
    <message>
        <source>Grading</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Opened from</source>
        <translation>खोली गई, दिनांक से</translation>
    </message>
    <message>
        <source>Opened up to</source>
        <translation>खोली गई, दिनांक तक</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>(कोई भी)</translation>
    </message>
    <message>
        <source>(anyone)</source>
        <translation>(कोई भी)</translation>
    </message>
</context>
<context>
    <name>nasti::SignatureBanner</name>
    <message>
        <source>Digital signature</source>
        <translation>डिजिटल हस्ताक्षर</translation>
    </message>
</context>
<context>
    <name>nasti::SignatureCheck</name>
    <message>
        <source>Certificate %1 (of %2) is not signed by the organisation's signing authority: it was forged or altered.</source>
        <translation>प्रमाणपत्र %1 (%2 का) संगठन के हस्ताक्षर प्राधिकारी द्वारा हस्ताक्षरित नहीं है: वह जाली है या उसमें परिवर्तन किया गया है।</translation>
    </message>
    <message>
        <source>The note of paragraphs %1-%2 on file %3 (by %4)</source>
        <translation>नस्ती %3 पर अनुच्छेद %1-%2 की टीप (%4 द्वारा)</translation>
    </message>
    <message>
        <source>Letter %1</source>
        <translation>पत्र %1</translation>
    </message>
    <message>
        <source>The approval %1 (by %2)</source>
        <translation>अनुमोदन %1 (%2 द्वारा)</translation>
    </message>
    <message>
        <source>Version %1 of a draft (%2)</source>
        <translation>प्रारूप का संस्करण %1 (%2)</translation>
    </message>
    <message>
        <source>%1 is not signed, though its signer held a valid certificate then.</source>
        <translation>%1 हस्ताक्षरित नहीं है, यद्यपि उस समय हस्ताक्षरकर्ता के पास वैध प्रमाणपत्र था।</translation>
    </message>
    <message>
        <source>%1 was altered after it was signed.</source>
        <translation>%1 में हस्ताक्षर के बाद परिवर्तन किया गया।</translation>
    </message>
    <message>
        <source>%1 carries a signature that does not verify: it was forged or altered.</source>
        <translation>%1 पर ऐसा हस्ताक्षर है जो सत्यापित नहीं होता: वह जाली है या उसमें परिवर्तन किया गया है।</translation>
    </message>
    <message>
        <source>%1 is signed with another user's key.</source>
        <translation>%1 पर किसी अन्य उपयोगकर्ता की कुंजी से हस्ताक्षर किए गए हैं।</translation>
    </message>
    <message>
        <source>%1 is signed with a key that had no valid certificate then (expired, revoked or never certified).</source>
        <translation>%1 पर ऐसी कुंजी से हस्ताक्षर किए गए हैं जिसका उस समय कोई वैध प्रमाणपत्र नहीं था (अवधि समाप्त, निरस्त या कभी प्रमाणित नहीं)।</translation>
    </message>
    <message>
        <source>Signature %1 is on %2, which is not in the record.</source>
        <translation>हस्ताक्षर %1, %2 पर है, जो अभिलेख में नहीं है।</translation>
    </message>
</context>
<context>
    <name>nasti::VersionDiff</name>
    <message>
        <source>Subject: %1</source>
        <translation>विषय: %1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>प्रति: %1</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>संदर्भ: %1</translation>
    </message>
    <message>
        <source>Copy to: %1</source>
        <translation>प्रतिलिपि: %1</translation>
    </message>
    <message>
        <source>(Uploaded PDF %1)</source>
        <translation>(अपलोड की गई PDF %1)</translation>
    </message>
</context>
<context>
    <name>nasti::Writer</name>
    <message>
        <source>Cannot switch triggers off on the seeding connection.</source>
        <translation>सीडिंग कनेक्शन पर ट्रिगर बंद नहीं किए जा सकते।</translation>
    </message>
    <message>
        <source>This build cannot seed SQLite at scale (built without sqlite3.h).</source>
        <translation>यह बिल्ड SQLite में बड़े पैमाने पर डेटा नहीं भर सकता (sqlite3.h के बिना बनाया गया)।</translation>
    </message>
</context>
<context>
    <name>nasti::access</name>
    <message>
        <source>Wrong login or password.</source>
        <translation>लॉगिन या पासवर्ड गलत है।</translation>
    </message>
    <message>
        <source>The login %1 is too long for a database role (at most 63 bytes with its prefix).</source>
        <translation>लॉगिन %1 डेटाबेस रोल के लिए बहुत लंबा है (उपसर्ग सहित अधिकतम 63 बाइट)।</translation>
    </message>
    <message>
        <source>The database already has a role named %1 that is not a Nasti login; choose another login.</source>
        <translation>डेटाबेस में %1 नाम का एक रोल पहले से है जो नस्ती लॉगिन नहीं है; कोई अन्य लॉगिन चुनें।</translation>
    </message>
    <message>
        <source>The login %1 has no database role %2; add the user again.</source>
        <translation>लॉगिन %1 का डेटाबेस रोल %2 नहीं है; उपयोगकर्ता को पुनः जोड़ें।</translation>
    </message>
    <message>
        <source>Managing the database login of %1 needs an administrator's connection (a role with CREATEROLE): run nasti-admin without --as.</source>
        <translation>%1 के डेटाबेस लॉगिन के प्रबंधन के लिए प्रशासक का कनेक्शन (CREATEROLE वाला रोल) आवश्यक है: nasti-admin को --as के बिना चलाएँ।</translation>
    </message>
    <message>
        <source>The login %1 is disabled. Ask the administrator.</source>
        <translation>लॉगिन %1 निष्क्रिय है। प्रशासक से संपर्क करें।</translation>
    </message>
    <message>
        <source>The database role %1 is not the Nasti user %2 in %3.</source>
        <translation>डेटाबेस रोल %1, %3 में नस्ती उपयोगकर्ता %2 नहीं है।</translation>
    </message>
    <message>
        <source>Your signing certificate is not valid now (%1); ask the administrator to renew it. Until then you cannot freeze notes or decide.</source>
        <translation>आपका हस्ताक्षर प्रमाणपत्र अभी वैध नहीं है (%1); उसके नवीनीकरण के लिए प्रशासक से कहें। तब तक आप न टीप स्थिर कर सकते हैं, न निर्णय ले सकते हैं।</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>अवधि समाप्त</translation>
    </message>
    <message>
        <source>Your signing key was made on this desktop; it signs once the administrator certifies it.</source>
        <translation>आपकी हस्ताक्षर कुंजी इसी डेस्कटॉप पर बनाई गई है; प्रशासक द्वारा प्रमाणित किए जाने के बाद उससे हस्ताक्षर हो सकेंगे।</translation>
    </message>
    <message>
        <source>This desktop's keychain holds no copy of it either (%1).</source>
        <translation>इस डेस्कटॉप के कीचेन में भी उसकी कोई प्रति नहीं है (%1)।</translation>
    </message>
</context>
<context>
    <name>nasti::backup</name>
    <message>
        <source>%1 is not installed (Debian package postgresql-client-15).</source>
        <translation>%1 स्थापित नहीं है (Debian पैकेज postgresql-client-15)।</translation>
    </message>
    <message>
        <source>Cannot run %1: %2</source>
        <translation>%1 नहीं चलाया जा सका: %2</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>निकास कोड %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 विफल: %2</translation>
    </message>
    <message>
        <source>No backup file given.</source>
        <translation>कोई बैकअप फ़ाइल नहीं दी गई।</translation>
    </message>
    <message>
        <source>The backup file %1 is a directory.</source>
        <translation>बैकअप फ़ाइल %1 एक निर्देशिका है।</translation>
    </message>
    <message>
        <source>Cannot write the backup file %1: %2</source>
        <translation>बैकअप फ़ाइल %1 नहीं लिखी जा सकी: %2</translation>
    </message>
    <message>
        <source>The SQLite connection gives no handle for a backup.</source>
        <translation>SQLite कनेक्शन बैकअप के लिए हैंडल नहीं देता।</translation>
    </message>
    <message>
        <source>The SQLite backup to %1 failed: %2</source>
        <translation>%1 में SQLite बैकअप विफल: %2</translation>
    </message>
    <message>
        <source>Cannot write the backup file %1.</source>
        <translation>बैकअप फ़ाइल %1 नहीं लिखी जा सकी।</translation>
    </message>
    <message>
        <source>No backup file %1.</source>
        <translation>बैकअप फ़ाइल %1 नहीं मिली।</translation>
    </message>
    <message>
        <source>%1 is not a backup of a Nasti SQLite database.</source>
        <translation>%1 किसी Nasti SQLite डेटाबेस का बैकअप नहीं है।</translation>
    </message>
    <message>
        <source>Restoring %1 into %2 failed: %3</source>
        <translation>%1 को %2 में पुनर्स्थापित करना विफल: %3</translation>
    </message>
</context>
<context>
    <name>nasti::cli</name>
    <message>
        <source>--%1 must be a date written YYYY-MM-DD, not “%2”.</source>
        <translation>--%1 YYYY-MM-DD प्रारूप में तिथि होनी चाहिए, “%2” नहीं।</translation>
    </message>
    <message>
        <source>file %1 takes one FILE_NO.</source>
        <translation>file %1 के साथ एक FILE_NO दें।</translation>
    </message>
    <message>
        <source>Status: %1   Custodian: %2 (since %3)   Priority: %4   Grading: %5</source>
        <translation>स्थिति: %1   अभिरक्षक: %2 (%3 से)   प्राथमिकता: %4   वर्गीकरण: %5</translation>
    </message>
    <message>
        <source>Correspondence:</source>
        <translation>पत्राचार:</translation>
    </message>
    <message>
        <source>  (pages %1-%2)</source>
        <translation>  (पृष्ठ %1-%2)</translation>
    </message>
    <message>
        <source>Note sheet:</source>
        <translation>नोटशीट:</translation>
    </message>
    <message>
        <source>  [draft of %1]</source>
        <translation>  [%1 का प्रारूप]</translation>
    </message>
    <message>
        <source>Movements:</source>
        <translation>अग्रेषण:</translation>
    </message>
    <message>
        <source>Remarks.</source>
        <translation>अभ्युक्ति।</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON मुद्रित करें।</translation>
    </message>
    <message>
        <source>Section code, e.g. GAD-1.</source>
        <translation>अनुभाग कोड, उदा. GAD-1।</translation>
    </message>
    <message>
        <source>The subject (Hindi or English).</source>
        <translation>विषय (हिंदी या अंग्रेज़ी)।</translation>
    </message>
    <message>
        <source>Subject head, e.g. A-11011 (default: the section's).</source>
        <translation>विषय शीर्ष, उदा. A-11011 (डिफ़ॉल्ट: अनुभाग का)।</translation>
    </message>
    <message>
        <source>normal, priority, top-priority or immediate.</source>
        <translation>normal, priority, top-priority या immediate।</translation>
    </message>
    <message>
        <source>normal, confidential, secret or top-secret.</source>
        <translation>normal, confidential, secret या top-secret।</translation>
    </message>
    <message>
        <source>Due date.</source>
        <translation>नियत तिथि।</translation>
    </message>
    <message>
        <source>Open a new file; prints its number.</source>
        <translation>नई नस्ती खोलें; उसका क्रमांक मुद्रित होता है।</translation>
    </message>
    <message>
        <source>file create needs --section and --subject.</source>
        <translation>file create के लिए --section और --subject आवश्यक हैं।</translation>
    </message>
    <message>
        <source>--priority must be normal, priority, top-priority or immediate.</source>
        <translation>--priority normal, priority, top-priority या immediate होनी चाहिए।</translation>
    </message>
    <message>
        <source>--grading must be normal, confidential, secret or top-secret.</source>
        <translation>--grading normal, confidential, secret या top-secret होनी चाहिए।</translation>
    </message>
    <message>
        <source>The note.</source>
        <translation>टीप।</translation>
    </message>
    <message>
        <source>Read the note from a UTF-8 file.</source>
        <translation>टीप UTF-8 फ़ाइल से पढ़ें।</translation>
    </message>
    <message>
        <source>The file number.</source>
        <translation>नस्ती क्रमांक।</translation>
    </message>
    <message>
        <source>Write (or replace) your draft note on a file you hold. It is frozen when the file leaves your post.</source>
        <translation>आपके पास की नस्ती पर अपनी प्रारूप टीप लिखें (या बदलें)। नस्ती के आपके पद से आगे जाने पर टीप स्थिर हो जाती है।</translation>
    </message>
    <message>
        <source>file note needs either --text or --text-file.</source>
        <translation>file note के लिए --text या --text-file में से एक आवश्यक है।</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 पढ़ा नहीं जा सका: %2</translation>
    </message>
    <message>
        <source>Draft note saved on %1.</source>
        <translation>%1 पर प्रारूप टीप सहेजी गई।</translation>
    </message>
    <message>
        <source>Send to this post.</source>
        <translation>इस पद को भेजें।</translation>
    </message>
    <message>
        <source>Put up to your reporting officer.</source>
        <translation>अपने प्रतिवेदक अधिकारी को प्रस्तुत करें।</translation>
    </message>
    <message>
        <source>Return to the post that sent it.</source>
        <translation>भेजने वाले पद को लौटाएँ।</translation>
    </message>
    <message>
        <source>approval, information, comments or signature.</source>
        <translation>approval, information, comments या signature।</translation>
    </message>
    <message>
        <source>Send a file you hold to another post.</source>
        <translation>आपके पास की नस्ती किसी अन्य पद को भेजें।</translation>
    </message>
    <message>
        <source>file forward needs exactly one of --to, --up or --back.</source>
        <translation>file forward के लिए --to, --up या --back में से ठीक एक आवश्यक है।</translation>
    </message>
    <message>
        <source>--action must be approval, information, comments or signature.</source>
        <translation>--action approval, information, comments या signature होना चाहिए।</translation>
    </message>
    <message>
        <source>%1 sent to %2.</source>
        <translation>नस्ती %1 %2 को भेजी गई।</translation>
    </message>
    <message>
        <source>Send to this post instead of the one that put it up.</source>
        <translation>प्रस्तुत करने वाले पद के स्थान पर इस पद को भेजें।</translation>
    </message>
    <message>
        <source>Record that you have opened a file you received (it can no longer be recalled).</source>
        <translation>अभिलिखित करें कि आपने प्राप्त नस्ती खोल ली है (तब इसे वापस नहीं लिया जा सकता)।</translation>
    </message>
    <message>
        <source>Pull back a file you sent, while its receiver has not opened it.</source>
        <translation>भेजी गई नस्ती वापस लें, जब तक प्राप्तकर्ता ने उसे खोला न हो।</translation>
    </message>
    <message>
        <source>Approve: record the decision as a note and return the file to the post that put it up.</source>
        <translation>अनुमोदन: निर्णय को टीप के रूप में अभिलिखित करें और नस्ती प्रस्तुत करने वाले पद को लौटाएँ।</translation>
    </message>
    <message>
        <source>Reject: record the decision as a note and return the file to the post that put it up.</source>
        <translation>अस्वीकृति: निर्णय को टीप के रूप में अभिलिखित करें और नस्ती प्रस्तुत करने वाले पद को लौटाएँ।</translation>
    </message>
    <message>
        <source>Take a parked file back into the inbox.</source>
        <translation>स्थगित नस्ती को पुनः इनबॉक्स में लें।</translation>
    </message>
    <message>
        <source>Reopen a closed file; --remarks gives the reason.</source>
        <translation>बंद नस्ती पुनः खोलें; --remarks में कारण दें।</translation>
    </message>
    <message>
        <source>%1 opened.</source>
        <translation>%1 खोली गई।</translation>
    </message>
    <message>
        <source>%1 recalled.</source>
        <translation>%1 वापस ली गई।</translation>
    </message>
    <message>
        <source>%1 approved and sent to %2.</source>
        <translation>%1 अनुमोदित कर %2 को भेजी गई।</translation>
    </message>
    <message>
        <source>%1 rejected and sent to %2.</source>
        <translation>%1 अस्वीकृत कर %2 को भेजी गई।</translation>
    </message>
    <message>
        <source>%1 parked.</source>
        <translation>%1 स्थगित की गई।</translation>
    </message>
    <message>
        <source>%1 unparked.</source>
        <translation>%1 का स्थगन समाप्त किया गया।</translation>
    </message>
    <message>
        <source>%1 reopened.</source>
        <translation>%1 पुनः खोली गई।</translation>
    </message>
    <message>
        <source>A (permanent), B (review in the 25th year) or C (review after 10 years).</source>
        <translation>A (स्थायी), B (25वें वर्ष में पुनरीक्षण) या C (10 वर्ष बाद पुनरीक्षण)।</translation>
    </message>
    <message>
        <source>Close a file: only its creating post, only after an approval.</source>
        <translation>नस्ती बंद करें: केवल उसे खोलने वाला पद, और केवल अनुमोदन के बाद।</translation>
    </message>
    <message>
        <source>file close needs --retention A, B or C.</source>
        <translation>file close के लिए --retention A, B या C आवश्यक है।</translation>
    </message>
    <message>
        <source>%1 closed.</source>
        <translation>%1 बंद की गई।</translation>
    </message>
    <message>
        <source>Why the file is still here.</source>
        <translation>नस्ती अभी तक यहाँ क्यों है।</translation>
    </message>
    <message>
        <source>Record the reason for delay of a file past its time limit.</source>
        <translation>समय-सीमा पार कर चुकी नस्ती के विलंब का कारण अभिलिखित करें।</translation>
    </message>
    <message>
        <source>Reason for delay recorded on %1.</source>
        <translation>%1 पर विलंब का कारण अभिलिखित किया गया।</translation>
    </message>
    <message>
        <source>Diary number of the receipt.</source>
        <translation>आवक पत्र का डायरी क्रमांक।</translation>
    </message>
    <message>
        <source>Put a diarised receipt into a file (PUC, then FR I, FR II ...).</source>
        <translation>डायरी किया गया आवक पत्र नस्ती में रखें (PUC, फिर FR I, FR II ...)।</translation>
    </message>
    <message>
        <source>file put needs --receipt DIARY_NO.</source>
        <translation>file put के लिए --receipt DIARY_NO आवश्यक है।</translation>
    </message>
    <message>
        <source>Receipt %1 put into %2.</source>
        <translation>आवक पत्र %1 नस्ती %2 में रखा गया।</translation>
    </message>
    <message>
        <source>The other file.</source>
        <translation>दूसरी नस्ती।</translation>
    </message>
    <message>
        <source>Link two files.</source>
        <translation>दो नस्तियाँ संबद्ध करें।</translation>
    </message>
    <message>
        <source>file link needs --with FILE_NO.</source>
        <translation>file link के लिए --with FILE_NO आवश्यक है।</translation>
    </message>
    <message>
        <source>%1 linked with %2.</source>
        <translation>%1 को %2 से संबद्ध किया गया।</translation>
    </message>
    <message>
        <source>Show a file: number, subject, status, custodian, notes with paragraph numbers, movements.</source>
        <translation>नस्ती दिखाएँ: क्रमांक, विषय, स्थिति, अभिरक्षक, अनुच्छेद क्रमांक सहित टीपें, अग्रेषण।</translation>
    </message>
    <message>
        <source>Usage: nasti-admin --as LOGIN file create|note|forward|open|recall|approve|reject|park|unpark|reopen|close|delay|put|link|show ... (each with --help)</source>
        <translation>उपयोग: nasti-admin --as LOGIN file create|note|forward|open|recall|approve|reject|park|unpark|reopen|close|delay|put|link|show ... (प्रत्येक के साथ --help)</translation>
    </message>
    <message>
        <source>Unknown file command “%1”.</source>
        <translation>अज्ञात file कमांड “%1”।</translation>
    </message>
    <message>
        <source>Who wrote the letter.</source>
        <translation>पत्र किसने लिखा।</translation>
    </message>
    <message>
        <source>Subject of the letter.</source>
        <translation>पत्र का विषय।</translation>
    </message>
    <message>
        <source>The letter's own number.</source>
        <translation>पत्र का अपना क्रमांक।</translation>
    </message>
    <message>
        <source>The letter's date.</source>
        <translation>पत्र का दिनांक।</translation>
    </message>
    <message>
        <source>Diarise in this section (default: yours).</source>
        <translation>इस अनुभाग में डायरी करें (डिफ़ॉल्ट: आपका)।</translation>
    </message>
    <message>
        <source>The letter as a PDF.</source>
        <translation>PDF के रूप में पत्र।</translation>
    </message>
    <message>
        <source>Diarise an incoming letter (dak); prints its diary number.</source>
        <translation>आवक पत्र (डाक) डायरी करें; उसका डायरी क्रमांक मुद्रित होता है।</translation>
    </message>
    <message>
        <source>receipt add takes one PDF_PATH.</source>
        <translation>receipt add के साथ एक PDF_PATH दें।</translation>
    </message>
    <message>
        <source>receipt add needs --sender and --subject.</source>
        <translation>receipt add के लिए --sender और --subject आवश्यक हैं।</translation>
    </message>
    <message>
        <source>The file %1 is too large.</source>
        <translation>फ़ाइल %1 बहुत बड़ी है।</translation>
    </message>
    <message>
        <source>How many files (default 100).</source>
        <translation>कितनी नस्तियाँ (डिफ़ॉल्ट 100)।</translation>
    </message>
    <message>
        <source>List the files your posts hold, newest arrival first.</source>
        <translation>आपके पदों के पास की नस्तियों की सूची, सबसे नई प्राप्ति पहले।</translation>
    </message>
    <message>
        <source>d  </source>
        <translation>दि  </translation>
    </message>
    <message>
        <source>The inbox is empty.</source>
        <translation>इनबॉक्स खाली है।</translation>
    </message>
    <message>
        <source>Create the database schema, or migrate it to this program's version.</source>
        <translation>डेटाबेस स्कीमा बनाएँ, या उसे इस प्रोग्राम के संस्करण तक माइग्रेट करें।</translation>
    </message>
    <message>
        <source>Schema migrated from version %1 to %2 in %3.</source>
        <translation>%3 में स्कीमा संस्करण %1 से %2 तक माइग्रेट किया गया।</translation>
    </message>
    <message>
        <source>Schema is up to date (version %1) in %2.</source>
        <translation>%2 में स्कीमा अद्यतन है (संस्करण %1)।</translation>
    </message>
    <message>
        <source>Seed the demo office (GAD, Finance, the Chief Secretary) with users whose password is "demo" and a few dozen files. Only into an empty database; running it again changes nothing.</source>
        <translation>डेमो कार्यालय (GAD, वित्त, मुख्य सचिव) बनाएँ, जिसमें उपयोगकर्ताओं का पासवर्ड "demo" है और कुछ दर्जन नस्तियाँ हैं। केवल खाली डेटाबेस में; दोबारा चलाने पर कुछ नहीं बदलता।</translation>
    </message>
    <message>
        <source>The demo office is already there; nothing changed.</source>
        <translation>डेमो कार्यालय पहले से है; कुछ नहीं बदला गया।</translation>
    </message>
    <message>
        <source>Demo office seeded. Log in as clerk.gad1, so.gad1, us.gad, ds.gad, ps.gad, clerk.fin1, so.fin1, cs or admin with the password "demo".</source>
        <translation>डेमो कार्यालय बनाया गया। पासवर्ड "demo" के साथ clerk.gad1, so.gad1, us.gad, ds.gad, ps.gad, clerk.fin1, so.fin1, cs या admin के रूप में लॉगिन करें।</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>तालिका के स्थान पर JSON मुद्रित करें।</translation>
    </message>
    <message>
        <source>List departments, sections and posts (code, title, holder's login, reports-to).</source>
        <translation>विभागों, अनुभागों और पदों की सूची (कोड, पदनाम, पदधारी का लॉगिन, किसे प्रतिवेदित)।</translation>
    </message>
    <message>
        <source>  (time limit %1 working days)</source>
        <translation>  (समय-सीमा %1 कार्य दिवस)</translation>
    </message>
    <message>
        <source>section</source>
        <translation>अनुभाग</translation>
    </message>
    <message>
        <source>post</source>
        <translation>पद</translation>
    </message>
    <message>
        <source>(vacant)</source>
        <translation>(रिक्त)</translation>
    </message>
    <message>
        <source>reports to %1</source>
        <translation>%1 को प्रतिवेदित</translation>
    </message>
    <message>
        <source>The organisation CSV (see README: record,code,name_en,...).</source>
        <translation>संगठन की CSV फ़ाइल (देखें README: record,code,name_en,...)।</translation>
    </message>
    <message>
        <source>Import departments, sections, posts and users from a CSV file. Every row is checked first; if any row is bad, nothing is imported.</source>
        <translation>CSV फ़ाइल से विभाग, अनुभाग, पद और उपयोगकर्ता आयात करें। पहले प्रत्येक पंक्ति जाँची जाती है; कोई भी पंक्ति त्रुटिपूर्ण हो तो कुछ भी आयात नहीं होता।</translation>
    </message>
    <message>
        <source>import-org takes one CSV file.</source>
        <translation>import-org के साथ एक CSV फ़ाइल दें।</translation>
    </message>
    <message>
        <source>Imported %1 departments, %2 sections, %3 posts and %4 users.</source>
        <translation>%1 विभाग, %2 अनुभाग, %3 पद और %4 उपयोगकर्ता आयात किए गए।</translation>
    </message>
    <message>
        <source>Full name.</source>
        <translation>पूरा नाम।</translation>
    </message>
    <message>
        <source>Code of the post the user holds.</source>
        <translation>उपयोगकर्ता के पद का कोड।</translation>
    </message>
    <message>
        <source>clerk, officer, reviewer or admin.</source>
        <translation>clerk, officer, reviewer या admin।</translation>
    </message>
    <message>
        <source>The new login.</source>
        <translation>नया लॉगिन।</translation>
    </message>
    <message>
        <source>Add a user holding a post. The password comes from NASTI_PASSWORD or a prompt.</source>
        <translation>किसी पद पर पदस्थ उपयोगकर्ता जोड़ें। पासवर्ड NASTI_PASSWORD से या पूछकर लिया जाता है।</translation>
    </message>
    <message>
        <source>user add needs LOGIN, --name and --role.</source>
        <translation>user add के लिए LOGIN, --name और --role आवश्यक हैं।</translation>
    </message>
    <message>
        <source>--role must be clerk, officer, reviewer or admin.</source>
        <translation>--role clerk, officer, reviewer या admin होनी चाहिए।</translation>
    </message>
    <message>
        <source>Password for the new user %1: </source>
        <translation>नए उपयोगकर्ता %1 का पासवर्ड: </translation>
    </message>
    <message>
        <source>The password is too short (at least 4 characters).</source>
        <translation>पासवर्ड बहुत छोटा है (कम से कम 4 अक्षर)।</translation>
    </message>
    <message>
        <source>User %1 added.</source>
        <translation>उपयोगकर्ता %1 जोड़ा गया।</translation>
    </message>
    <message>
        <source>The login.</source>
        <translation>लॉगिन।</translation>
    </message>
    <message>
        <source>Disable a login; the files stay with its posts.</source>
        <translation>लॉगिन निष्क्रिय करें; नस्तियाँ उसके पदों के पास ही रहती हैं।</translation>
    </message>
    <message>
        <source>Enable a disabled login.</source>
        <translation>निष्क्रिय लॉगिन सक्रिय करें।</translation>
    </message>
    <message>
        <source>Set a user's password (NASTI_PASSWORD or a prompt).</source>
        <translation>उपयोगकर्ता का पासवर्ड निर्धारित करें (NASTI_PASSWORD या पूछकर)।</translation>
    </message>
    <message>
        <source>user %1 takes one LOGIN.</source>
        <translation>user %1 के साथ एक LOGIN दें।</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>%1 का नया पासवर्ड: </translation>
    </message>
    <message>
        <source>Password of %1 changed.</source>
        <translation>%1 का पासवर्ड बदला गया।</translation>
    </message>
    <message>
        <source>%1 enabled.</source>
        <translation>%1 सक्रिय किया गया।</translation>
    </message>
    <message>
        <source>%1 disabled.</source>
        <translation>%1 निष्क्रिय किया गया।</translation>
    </message>
    <message>
        <source>The post handed over.</source>
        <translation>सौंपा जाने वाला पद।</translation>
    </message>
    <message>
        <source>The user who takes charge.</source>
        <translation>कार्यभार ग्रहण करने वाला उपयोगकर्ता।</translation>
    </message>
    <message>
        <source>Charge handover: give a post to another user. The files stay with the post.</source>
        <translation>कार्यभार हस्तांतरण: पद किसी अन्य उपयोगकर्ता को सौंपें। नस्तियाँ पद के पास ही रहती हैं।</translation>
    </message>
    <message>
        <source>user transfer takes POST_CODE and LOGIN.</source>
        <translation>user transfer के साथ POST_CODE और LOGIN दें।</translation>
    </message>
    <message>
        <source>%1 now holds %2.</source>
        <translation>अब %1 पद %2 पर पदस्थ है।</translation>
    </message>
    <message>
        <source>Usage: nasti-admin user add|disable|enable|passwd|transfer ... (each with --help)</source>
        <translation>उपयोग: nasti-admin user add|disable|enable|passwd|transfer ... (प्रत्येक के साथ --help)</translation>
    </message>
    <message>
        <source>Unknown user command “%1”.</source>
        <translation>अज्ञात user कमांड “%1”।</translation>
    </message>
    <message>
        <source>Where remembered chain heads are kept (default: the user's data directory).</source>
        <translation>याद रखे गए शृंखला शीर्ष कहाँ रखे जाते हैं (डिफ़ॉल्ट: उपयोगकर्ता की डेटा निर्देशिका)।</translation>
    </message>
    <message>
        <source>Check the hash chain of the event log and every recorded history row; report the first broken link. Also re-checks from the chain head remembered by the last verify on this machine.</source>
        <translation>घटना-लॉग की हैश शृंखला और इतिहास की प्रत्येक अभिलिखित पंक्ति की जाँच करें; पहली टूटी कड़ी बताएँ। इस कंप्यूटर पर पिछले verify द्वारा याद रखे गए शृंखला शीर्ष से भी पुनः जाँच करता है।</translation>
    </message>
    <message>
        <source>verify: TAMPERING DETECTED: %1</source>
        <translation>verify: छेड़छाड़ पाई गई: %1</translation>
    </message>
    <message>
        <source>verify: OK — %1 events and %2 history rows intact; chain head %3:%4.</source>
        <translation>verify: ठीक — %1 घटनाएँ और इतिहास की %2 पंक्तियाँ अक्षुण्ण; शृंखला शीर्ष %3:%4।</translation>
    </message>
    <message>
        <source>First page of a receipt PDF</source>
        <translation>आवक पत्र PDF का पहला पृष्ठ</translation>
    </message>
    <message>
        <source>no attachments in the database</source>
        <translation>डेटाबेस में कोई संलग्नक नहीं</translation>
    </message>
    <message>
        <source>The receipt PDF did not render.</source>
        <translation>आवक पत्र PDF प्रदर्शित नहीं हुआ।</translation>
    </message>
    <message>
        <source>%1 bytes; baseline: pdftoppm -f 1 -l 1 -r 96 -png (a new process each time)</source>
        <translation>%1 बाइट; आधार-रेखा: pdftoppm -f 1 -l 1 -r 96 -png (हर बार नई प्रक्रिया)</translation>
    </message>
    <message>
        <source>pdftoppm not found: no baseline</source>
        <translation>pdftoppm नहीं मिला: कोई आधार-रेखा नहीं</translation>
    </message>
    <message>
        <source>How many files (default 10000).</source>
        <translation>कितनी नस्तियाँ (डिफ़ॉल्ट 10000)।</translation>
    </message>
    <message>
        <source>Random seed (default 20261123).</source>
        <translation>रैंडम सीड (डिफ़ॉल्ट 20261123)।</translation>
    </message>
    <message>
        <source>Every seeded user's password (default "bench").</source>
        <translation>सीड किए गए प्रत्येक उपयोगकर्ता का पासवर्ड (डिफ़ॉल्ट "bench")।</translation>
    </message>
    <message>
        <source>Seed a state-scale secretariat for the benchmark (40 departments, 400 sections, 5,000 posts, 20,000 users, N files over three years with their movements, notes and receipts). Only into an empty database; on PostgreSQL it needs a superuser. Progress goes to stderr.</source>
        <translation>बेंचमार्क के लिए राज्य-स्तरीय सचिवालय का डेटा भरें (40 विभाग, 400 अनुभाग, 5,000 पद, 20,000 उपयोगकर्ता, तीन वर्षों की N नस्तियाँ उनके अग्रेषण, टीपों और आवक पत्रों सहित)। केवल खाली डेटाबेस में; PostgreSQL पर सुपरयूज़र आवश्यक है। प्रगति stderr पर दिखती है।</translation>
    </message>
    <message>
        <source>--files needs a positive number.</source>
        <translation>--files के लिए धनात्मक संख्या आवश्यक है।</translation>
    </message>
    <message>
        <source>Seeded %1 files (%2 open), %3 movements, %4 notes, %5 receipts, %6 posts, %7 users: %8 rows in %9 s (%10 rows/s). Heaviest inbox: %11 with %12 open files. Users' password: %13.</source>
        <translation>%1 नस्तियाँ (%2 खुली), %3 अग्रेषण, %4 टीपें, %5 आवक पत्र, %6 पद, %7 उपयोगकर्ता सीड किए गए: %9 से. में %8 पंक्तियाँ (%10 पंक्तियाँ/से.)। सर्वाधिक भार वाला इनबॉक्स: %11, %12 खुली नस्तियाँ। उपयोगकर्ताओं का पासवर्ड: %13।</translation>
    </message>
    <message>
        <source>Also write the results as JSON to PATH.</source>
        <translation>परिणाम JSON के रूप में PATH पर भी लिखें।</translation>
    </message>
    <message>
        <source>Measured runs per item (default 30).</source>
        <translation>प्रति मद मापे गए रन (डिफ़ॉल्ट 30)।</translation>
    </message>
    <message>
        <source>The seeded users' password (default "bench").</source>
        <translation>सीड किए गए उपयोगकर्ताओं का पासवर्ड (डिफ़ॉल्ट "bench")।</translation>
    </message>
    <message>
        <source>Concurrent forwarding clients (default 16).</source>
        <translation>समवर्ती अग्रेषण क्लाइंट (डिफ़ॉल्ट 16)।</translation>
    </message>
    <message>
        <source>Movements per client per round (default 100).</source>
        <translation>प्रति क्लाइंट प्रति चक्र अग्रेषण (डिफ़ॉल्ट 100)।</translation>
    </message>
    <message>
        <source>Measure what users wait for on a database seeded by seed-scale: login to inbox, inbox pages, opening a file, search, forwarding with concurrent clients, the weekly review and a PDF page; each against the same work done raw in the same run. Prints a table; exit status 0 even when a target is missed (see the table), 1 when something broke.</source>
        <translation>seed-scale द्वारा भरे गए डेटाबेस पर उपयोगकर्ताओं की प्रतीक्षा का माप: लॉगिन से इनबॉक्स, इनबॉक्स पृष्ठ, नस्ती खोलना, खोज, समवर्ती क्लाइंट के साथ अग्रेषण, साप्ताहिक समीक्षा और एक PDF पृष्ठ; प्रत्येक की तुलना उसी रन में सीधे किए गए उसी कार्य से। एक तालिका मुद्रित करता है; लक्ष्य पूरा न होने पर भी निकास स्थिति 0 (तालिका देखें), कुछ टूटने पर 1।</translation>
    </message>
    <message>
        <source>bench: first PDF page…</source>
        <translation>bench: PDF का पहला पृष्ठ…</translation>
    </message>
    <message>
        <source>Nasti benchmark on %1 (%2), %3 files; login: %4</source>
        <translation>%1 (%2) पर नस्ती बेंचमार्क, %3 नस्तियाँ; लॉगिन: %4</translation>
    </message>
    <message>
        <source>(SQLite: targets are twice PostgreSQL's, as DESIGN.md allows.)</source>
        <translation>(SQLite: लक्ष्य PostgreSQL के दोगुने हैं, जैसा DESIGN.md में अनुमत है।)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 में लिखा नहीं जा सका: %2</translation>
    </message>
    <message>
        <source>bench: custody or the hash chain broke during forwarding.</source>
        <translation>bench: अग्रेषण के दौरान अभिरक्षा या हैश शृंखला टूट गई।</translation>
    </message>
    <message>
        <source>Weekly review %1 — %2</source>
        <translation>साप्ताहिक समीक्षा %1 — %2</translation>
    </message>
    <message>
        <source>As of %1 IST</source>
        <translation>%1 IST की स्थिति</translation>
    </message>
    <message>
        <source>(received, created, disposed: this week/last week; waits in days)</source>
        <translation>(प्राप्त, सृजित, निराकृत: इस सप्ताह/पिछले सप्ताह; प्रतीक्षा दिवसों में)</translation>
    </message>
    <message>
        <source>Trend (pending at week end / disposed):</source>
        <translation>प्रवृत्ति (सप्ताहांत पर लंबित / निराकृत):</translation>
    </message>
    <message>
        <source>Longest pending:</source>
        <translation>सर्वाधिक समय से लंबित:</translation>
    </message>
    <message>
        <source>since %1, %2 days, %3 working</source>
        <translation>%1 से, %2 दिवस, %3 कार्य दिवस</translation>
    </message>
    <message>
        <source>, parked</source>
        <translation>, स्थगित</translation>
    </message>
    <message>
        <source>, OVERDUE</source>
        <translation>, समय-सीमा पार</translation>
    </message>
    <message>
        <source>No file was pending.</source>
        <translation>कोई नस्ती लंबित नहीं थी।</translation>
    </message>
    <message>
        <source>report knows one report: weekly (nasti-admin report weekly --help).</source>
        <translation>report में एक ही प्रतिवेदन है: weekly (nasti-admin report weekly --help)।</translation>
    </message>
    <message>
        <source>The ISO week to review (default: the last complete week).</source>
        <translation>समीक्षा का ISO सप्ताह (डिफ़ॉल्ट: पिछला पूर्ण सप्ताह)।</translation>
    </message>
    <message>
        <source>Review one department only.</source>
        <translation>केवल एक विभाग की समीक्षा करें।</translation>
    </message>
    <message>
        <source>Write the printed report (A4 landscape) to PATH.</source>
        <translation>मुद्रित प्रतिवेदन (A4 लैंडस्केप) PATH पर लिखें।</translation>
    </message>
    <message>
        <source>Write the figures as CSV to PATH.</source>
        <translation>आँकड़े CSV के रूप में PATH पर लिखें।</translation>
    </message>
    <message>
        <source>Language of the report: hi or en (default en).</source>
        <translation>प्रतिवेदन की भाषा: hi या en (डिफ़ॉल्ट en)।</translation>
    </message>
    <message>
        <source>The Chief Secretary's weekly review of pendency, disposal and delay.</source>
        <translation>लंबित, निराकरण और विलंब की मुख्य सचिव द्वारा साप्ताहिक समीक्षा।</translation>
    </message>
    <message>
        <source>report weekly takes no positional arguments.</source>
        <translation>report weekly के साथ कोई स्थितिगत तर्क नहीं दिया जाता।</translation>
    </message>
    <message>
        <source>--lang must be hi or en, not “%1”.</source>
        <translation>--lang hi या en होनी चाहिए, “%1” नहीं।</translation>
    </message>
    <message>
        <source>--week must be an ISO week written like 2025-W02, not “%1”.</source>
        <translation>--week 2025-W02 जैसा ISO सप्ताह होना चाहिए, “%1” नहीं।</translation>
    </message>
    <message>
        <source>Weekly review %1 written.</source>
        <translation>साप्ताहिक समीक्षा %1 लिखी गई।</translation>
    </message>
    <message>
        <source>--only: unknown part “%1” (known: %2).</source>
        <translation>--only: अज्ञात भाग “%1” (ज्ञात: %2)।</translation>
    </message>
    <message>
        <source>Review computed in %1 ms (%2 weeks from the rollup).</source>
        <translation>समीक्षा %1 ms में तैयार (%2 सप्ताह संकलन से)।</translation>
    </message>
    <message>
        <source>How many of the last ended weeks to make sure of (default %1).</source>
        <translation>पिछले कितने समाप्त सप्ताह सुनिश्चित करें (डिफ़ॉल्ट %1)।</translation>
    </message>
    <message>
        <source>Store the weekly review's figures of every ended week not stored yet (idempotent; run it on Mondays after 00:00 IST). Runs as the database owner, like init.</source>
        <translation>हर समाप्त सप्ताह के, जो अभी संग्रहीत नहीं है, साप्ताहिक समीक्षा के आँकड़े संग्रहीत करें (दोहराने पर सुरक्षित; सोमवार 00:00 IST के बाद चलाएँ)। init की तरह डेटाबेस स्वामी के रूप में चलता है।</translation>
    </message>
    <message>
        <source>review close-weeks takes no positional arguments.</source>
        <translation>review close-weeks कोई स्थितीय तर्क नहीं लेता।</translation>
    </message>
    <message>
        <source>review close-weeks runs as the database owner: leave out --as.</source>
        <translation>review close-weeks डेटाबेस स्वामी के रूप में चलता है: --as न दें।</translation>
    </message>
    <message>
        <source>--weeks must be a number from 1 to 1000, not “%1”.</source>
        <translation>--weeks 1 से 1000 तक की संख्या होनी चाहिए, “%1” नहीं।</translation>
    </message>
    <message>
        <source>close-weeks: %1 of %2 weeks checked</source>
        <translation>close-weeks: %2 में से %1 सप्ताह जाँचे गए</translation>
    </message>
    <message>
        <source>Weeks stored in the review rollup: %1 (%2 ms).</source>
        <translation>समीक्षा संकलन में संग्रहीत सप्ताह: %1 (%2 ms)।</translation>
    </message>
    <message>
        <source>file needs a command: create, note, forward, open, recall, approve, reject, park, unpark, reopen, close, delay, put, link or show (see file --help).</source>
        <translation>file के बाद एक कमांड आवश्यक है: create, note, forward, open, recall, approve, reject, park, unpark, reopen, close, delay, put, link या show (देखें file --help)।</translation>
    </message>
    <message>
        <source>failed, and no reason was given.</source>
        <translation>विफल रहा, और कोई कारण नहीं बताया गया।</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 के लिए मान आवश्यक है।</translation>
    </message>
    <message>
        <source>unknown option %1 (see --help).</source>
        <translation>अज्ञात विकल्प %1 (देखें --help)।</translation>
    </message>
    <message>
        <source>no command given (see --help).</source>
        <translation>कोई कमांड नहीं दी गई (देखें --help)।</translation>
    </message>
    <message>
        <source>unknown command “%1” (see --help).</source>
        <translation>अज्ञात कमांड “%1” (देखें --help)।</translation>
    </message>
    <message>
        <source>internal error: %1</source>
        <translation>आंतरिक त्रुटि: %1</translation>
    </message>
    <message>
        <source>user needs a command: add, disable, enable, passwd or transfer (see user --help).</source>
        <translation>user के बाद एक कमांड आवश्यक है: add, disable, enable, passwd या transfer (देखें user --help)।</translation>
    </message>
    <message>
        <source>verify: this database holds an interrupted seed-scale run (benchmark data); run seed-scale again to finish it. Nothing was checked.</source>
        <translation>verify: इस डेटाबेस में बीच में रुका हुआ seed-scale रन है (बेंचमार्क डेटा); उसे पूरा करने के लिए seed-scale फिर से चलाएँ। कुछ भी जाँचा नहीं गया।</translation>
    </message>
    <message>
        <source>Write a consistent backup of the database to FILE while clients keep working. SQLite: a copy made with SQLite's online backup API. PostgreSQL: pg_dump's custom format of this database (needs a superuser or the owner; the cluster's login roles are not in it: for a whole server and point-in-time recovery use pgBackRest, see the README).</source>
        <translation>क्लाइंट के काम करते रहते हुए डेटाबेस का सुसंगत बैकअप FILE में लिखें। SQLite: SQLite के ऑनलाइन बैकअप API से बनी प्रति। PostgreSQL: इस डेटाबेस का pg_dump कस्टम प्रारूप (सुपरयूज़र या स्वामी चाहिए; क्लस्टर की लॉगिन भूमिकाएँ इसमें नहीं हैं: पूरे सर्वर और किसी भी क्षण तक पुनर्प्राप्ति के लिए pgBackRest लें, README देखें)।</translation>
    </message>
    <message>
        <source>backup takes one FILE.</source>
        <translation>backup को एक FILE चाहिए।</translation>
    </message>
    <message>
        <source>backup: %1 written (%2 bytes); the database then stood at event %3.</source>
        <translation>backup: %1 लिखी गई (%2 बाइट); तब डेटाबेस घटना %3 पर था।</translation>
    </message>
    <message>
        <source>Replace the database with the backup in FILE (made by nasti-admin backup), then verify it. Sign every client out first. A restored database older than the one this computer saw last is reported; clients report it once at their next sign-in.</source>
        <translation>डेटाबेस को FILE के बैकअप (nasti-admin backup से बना) से बदलें, फिर उसकी जाँच करें। पहले सभी क्लाइंट से साइन आउट कराएँ। इस कंप्यूटर द्वारा पिछली बार देखे गए से पुराना पुनर्स्थापित डेटाबेस बताया जाता है; क्लाइंट अगले साइन-इन पर इसे एक बार बताते हैं।</translation>
    </message>
    <message>
        <source>restore takes one FILE.</source>
        <translation>restore को एक FILE चाहिए।</translation>
    </message>
    <message>
        <source>restore: %1 restored into %2.</source>
        <translation>restore: %1 को %2 में पुनर्स्थापित किया गया।</translation>
    </message>
    <message>
        <source>restore: the restored database fails verify: TAMPERING DETECTED: %1</source>
        <translation>restore: पुनर्स्थापित डेटाबेस जाँच में विफल: छेड़छाड़ पाई गई: %1</translation>
    </message>
    <message>
        <source>Accept a database older than the one this computer saw last (restored from a backup) and remember its chain head.</source>
        <translation>इस कंप्यूटर द्वारा पिछली बार देखे गए से पुराना डेटाबेस (बैकअप से पुनर्स्थापित) स्वीकार करें और उसका श्रृंखला-शीर्ष याद रखें।</translation>
    </message>
    <message>
        <source>verify: %1 Run verify --accept-older to go on from it.</source>
        <translation>verify: %1 इसी से आगे बढ़ने के लिए verify --accept-older चलाएँ।</translation>
    </message>
    <message>
        <source>--%1 must be a date written YYYY-MM-DD.</source>
        <translation>--%1 दिनांक YYYY-MM-DD रूप में होना चाहिए।</translation>
    </message>
    <message>
        <source>File number prefix.</source>
        <translation>नस्ती क्रमांक का आरंभ।</translation>
    </message>
    <message>
        <source>Sender of a letter in the file (any part, any case).</source>
        <translation>नस्ती में किसी पत्र का प्रेषक (कोई भी अंश)।</translation>
    </message>
    <message>
        <source>Letter number prefix.</source>
        <translation>पत्र क्रमांक का आरंभ।</translation>
    </message>
    <message>
        <source>Diary number prefix.</source>
        <translation>डायरी क्रमांक का आरंभ।</translation>
    </message>
    <message>
        <source>Code of the post that holds the file now.</source>
        <translation>उस पद का कोड जिसके पास अभी नस्ती है।</translation>
    </message>
    <message>
        <source>Opened on or after this day (YYYY-MM-DD).</source>
        <translation>इस दिन या इसके बाद खोली गई (YYYY-MM-DD)।</translation>
    </message>
    <message>
        <source>Opened on or before this day (YYYY-MM-DD).</source>
        <translation>इस दिन या इससे पहले खोली गई (YYYY-MM-DD)।</translation>
    </message>
    <message>
        <source>open, parked or closed.</source>
        <translation>open, parked या closed।</translation>
    </message>
    <message>
        <source>Words of the subject and notes (Hindi or English).</source>
        <translation>विषय और टीप के शब्द (हिंदी या अंग्रेज़ी)।</translation>
    </message>
    <message>
        <source>Search the files you may see; every option given narrows the result. Newest first.</source>
        <translation>आपके देखने योग्य नस्तियाँ खोजें; हर विकल्प परिणाम को सीमित करता है। नई पहले।</translation>
    </message>
    <message>
        <source>--status must be open, parked or closed.</source>
        <translation>--status open, parked या closed होना चाहिए।</translation>
    </message>
    <message>
        <source>Say what to search for: words, or at least one option (see --help).</source>
        <translation>बताएँ क्या खोजना है: शब्द, या कम से कम एक विकल्प (--help देखें)।</translation>
    </message>
    <message>
        <source>No file matches %1.</source>
        <translation>कोई नस्ती %1 से मेल नहीं खाती।</translation>
    </message>
    <message>
        <source>%1 must be a whole number above 0, not “%2”.</source>
        <translation>%1 0 से बड़ी पूर्ण संख्या होनी चाहिए, “%2” नहीं।</translation>
    </message>
    <message>
        <source>The subject.</source>
        <translation>विषय।</translation>
    </message>
    <message>
        <source>An addressee, as name|address|mode|section (mode: nasti, email, post, hand; section with nasti). Repeat for several.</source>
        <translation>प्राप्तकर्ता, name|address|mode|section के रूप में (mode: nasti, email, post, hand; nasti के साथ section)। अनेक के लिए दोहराएँ।</translation>
    </message>
    <message>
        <source>A copy to, as for --to. Repeat for several.</source>
        <translation>प्रतिलिपि प्राप्तकर्ता, --to की तरह। अनेक के लिए दोहराएँ।</translation>
    </message>
    <message>
        <source>The reference (the letter it answers).</source>
        <translation>संदर्भ (वह पत्र जिसका यह उत्तर है)।</translation>
    </message>
    <message>
        <source>The text, from a UTF-8 file: HTML if it ends in .html, else plain text (paragraphs split by blank lines).</source>
        <translation>पाठ, UTF-8 फ़ाइल से: नाम .html पर समाप्त हो तो HTML, अन्यथा सादा पाठ (अनुच्छेद रिक्त पंक्तियों से अलग)।</translation>
    </message>
    <message>
        <source>The draft as an uploaded PDF instead of a text.</source>
        <translation>पाठ के स्थान पर अपलोड की गई PDF के रूप में प्रारूप।</translation>
    </message>
    <message>
        <source>Give --body-file or --pdf, not both.</source>
        <translation>--body-file या --pdf दें, दोनों नहीं।</translation>
    </message>
    <message>
        <source>The previous version is an uploaded PDF; give --pdf or --body-file.</source>
        <translation>पिछला संस्करण अपलोड की गई PDF है; --pdf या --body-file दें।</translation>
    </message>
    <message>
        <source>File %1 has no draft %2.</source>
        <translation>नस्ती %1 में प्रारूप %2 नहीं है।</translation>
    </message>
    <message>
        <source>letter, office_memorandum, order, notification, circular, do_letter or cabinet_note.</source>
        <translation>letter, office_memorandum, order, notification, circular, do_letter या cabinet_note।</translation>
    </message>
    <message>
        <source>The draft's language: en or hi.</source>
        <translation>प्रारूप की भाषा: en या hi।</translation>
    </message>
    <message>
        <source>Start a draft for approval in a file you hold; prints its number.</source>
        <translation>आपके पास की नस्ती में अनुमोदन हेतु प्रारूप आरंभ करें; उसका क्रमांक मुद्रित होता है।</translation>
    </message>
    <message>
        <source>draft new takes one FILE_NO.</source>
        <translation>draft new के साथ एक FILE_NO दें।</translation>
    </message>
    <message>
        <source>Draft %1 of %2, version 1.</source>
        <translation>%2 का प्रारूप %1, संस्करण 1।</translation>
    </message>
    <message>
        <source>The draft's number in the file.</source>
        <translation>नस्ती में प्रारूप का क्रमांक।</translation>
    </message>
    <message>
        <source>Write a new version of a draft in a file you hold; what you do not give is kept from the latest version. Prints the version's number.</source>
        <translation>आपके पास की नस्ती में प्रारूप का नया संस्करण लिखें; जो आप नहीं देते, वह नवीनतम संस्करण से यथावत रखा जाता है। संस्करण का क्रमांक मुद्रित होता है।</translation>
    </message>
    <message>
        <source>draft revise takes FILE_NO and DRAFT.</source>
        <translation>draft revise के साथ FILE_NO और DRAFT दें।</translation>
    </message>
    <message>
        <source>Draft %1 of %2, version %3.</source>
        <translation>%2 का प्रारूप %1, संस्करण %3।</translation>
    </message>
    <message>
        <source>Write the draft's fair copy (as issued, or a preview of the latest version) to this PDF.</source>
        <translation>प्रारूप की स्वच्छ प्रति (जैसी जारी हुई, या नवीनतम संस्करण का पूर्वावलोकन) इस PDF में लिखें।</translation>
    </message>
    <message>
        <source>Only this draft.</source>
        <translation>केवल यह प्रारूप।</translation>
    </message>
    <message>
        <source>The drafts of a file, version by version.</source>
        <translation>नस्ती के प्रारूप, संस्करणवार।</translation>
    </message>
    <message>
        <source>draft show takes FILE_NO and, optionally, DRAFT.</source>
        <translation>draft show के साथ FILE_NO और, वैकल्पिक रूप से, DRAFT दें।</translation>
    </message>
    <message>
        <source>draft show --pdf needs the DRAFT number.</source>
        <translation>draft show --pdf के लिए DRAFT क्रमांक आवश्यक है।</translation>
    </message>
    <message>
        <source>File %1 has no drafts.</source>
        <translation>नस्ती %1 में कोई प्रारूप नहीं है।</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>हिंदी</translation>
    </message>
    <message>
        <source>English</source>
        <translation>अंग्रेज़ी</translation>
    </message>
    <message>
        <source>issued as %1 on %2</source>
        <translation>%2 को %1 के रूप में जारी</translation>
    </message>
    <message>
        <source>approved, not yet issued</source>
        <translation>अनुमोदित, अभी जारी नहीं</translation>
    </message>
    <message>
        <source>awaiting approval</source>
        <translation>अनुमोदन की प्रतीक्षा</translation>
    </message>
    <message>
        <source>v%1  %2  %3 (%4)  %5</source>
        <translation>सं. %1  %2  %3 (%4)  %5</translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>%1 द्वारा अनुमोदित</translation>
    </message>
    <message>
        <source>The older version.</source>
        <translation>पुराना संस्करण।</translation>
    </message>
    <message>
        <source>The newer version.</source>
        <translation>नया संस्करण।</translation>
    </message>
    <message>
        <source>What changed between two versions of a draft: [-removed-] and {+added+}.</source>
        <translation>प्रारूप के दो संस्करणों के बीच क्या बदला: [-हटाया गया-] और {+जोड़ा गया+}।</translation>
    </message>
    <message>
        <source>draft diff takes FILE_NO, DRAFT, V1 and V2.</source>
        <translation>draft diff के साथ FILE_NO, DRAFT, V1 और V2 दें।</translation>
    </message>
    <message>
        <source>Draft %1 has versions 1 to %2.</source>
        <translation>प्रारूप %1 के संस्करण 1 से %2 तक हैं।</translation>
    </message>
    <message>
        <source>The version you approve (default: the latest).</source>
        <translation>वह संस्करण जिसका आप अनुमोदन करते हैं (डिफ़ॉल्ट: नवीनतम)।</translation>
    </message>
    <message>
        <source>Your remarks, recorded with the approval.</source>
        <translation>आपकी अभ्युक्ति, जो अनुमोदन के साथ दर्ज होती है।</translation>
    </message>
    <message>
        <source>Approve a version of a draft in a file you hold (officers); recorded on the note sheet.</source>
        <translation>आपके पास की नस्ती में प्रारूप के किसी संस्करण का अनुमोदन करें (अधिकारी); यह नोटशीट पर दर्ज होता है।</translation>
    </message>
    <message>
        <source>draft approve takes FILE_NO and DRAFT.</source>
        <translation>draft approve के साथ FILE_NO और DRAFT दें।</translation>
    </message>
    <message>
        <source>Draft %1 of %2 approved.</source>
        <translation>%2 का प्रारूप %1 अनुमोदित किया गया।</translation>
    </message>
    <message>
        <source>Also write the fair copy to this PDF.</source>
        <translation>स्वच्छ प्रति इस PDF में भी लिखें।</translation>
    </message>
    <message>
        <source>The version you mean to issue (refused unless it is the latest).</source>
        <translation>वह संस्करण जिसे आप जारी करना चाहते हैं (नवीनतम न होने पर अस्वीकृत)।</translation>
    </message>
    <message>
        <source>Issue the approved latest version of a draft: the section's next dispatch number, the fair copy, the dispatch register and, for sections addressed through Nasti, a receipt in their dak. Prints the dispatch number.</source>
        <translation>प्रारूप का अनुमोदित नवीनतम संस्करण जारी करें: अनुभाग का अगला प्रेषण क्रमांक, स्वच्छ प्रति, प्रेषण पंजी में प्रविष्टि और, Nasti के माध्यम से संबोधित अनुभागों के लिए, उनकी डाक में आवक पत्र। प्रेषण क्रमांक मुद्रित होता है।</translation>
    </message>
    <message>
        <source>draft issue takes FILE_NO and DRAFT.</source>
        <translation>draft issue के साथ FILE_NO और DRAFT दें।</translation>
    </message>
    <message>
        <source>  delivered through Nasti as receipt %1</source>
        <translation>  Nasti के माध्यम से आवक पत्र %1 के रूप में पहुँचाया गया</translation>
    </message>
    <message>
        <source>Usage: nasti-admin --as LOGIN draft new|revise|show|diff|approve|issue ... (each has --help)</source>
        <translation>उपयोग: nasti-admin --as LOGIN draft new|revise|show|diff|approve|issue ... (प्रत्येक के साथ --help)</translation>
    </message>
    <message>
        <source>Unknown draft command “%1” (new, revise, show, diff, approve, issue).</source>
        <translation>अज्ञात draft कमांड “%1” (new, revise, show, diff, approve, issue)।</translation>
    </message>
    <message>
        <source>The section's register (default: yours).</source>
        <translation>अनुभाग की पंजी (डिफ़ॉल्ट: आपका अनुभाग)।</translation>
    </message>
    <message>
        <source>Only entries whose dispatch number, file number, subject or addressee contains this.</source>
        <translation>केवल वे प्रविष्टियाँ जिनके प्रेषण क्रमांक, नस्ती क्रमांक, विषय या प्राप्तकर्ता में यह पाठ हो।</translation>
    </message>
    <message>
        <source>Write CSV to PATH (- for standard output).</source>
        <translation>CSV को PATH पर लिखें (मानक आउटपुट के लिए -)।</translation>
    </message>
    <message>
        <source>The dispatch register, newest first.</source>
        <translation>प्रेषण पंजी, सबसे नई प्रविष्टि पहले।</translation>
    </message>
    <message>
        <source>The dispatch register has no entries.</source>
        <translation>प्रेषण पंजी में कोई प्रविष्टि नहीं है।</translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation> (प्रतिलिपि)</translation>
    </message>
    <message>
        <source>The dispatch number.</source>
        <translation>प्रेषण क्रमांक।</translation>
    </message>
    <message>
        <source>The entry's position in the letter's register.</source>
        <translation>पत्र की पंजी प्रविष्टियों में प्रविष्टि का क्रम।</translation>
    </message>
    <message>
        <source>The postage, in rupees (e.g. 42.50).</source>
        <translation>डाक व्यय, रुपये में (उदा. 42.50)।</translation>
    </message>
    <message>
        <source>Record the postage of an entry sent by post.</source>
        <translation>डाक से भेजी गई प्रविष्टि का डाक व्यय दर्ज करें।</translation>
    </message>
    <message>
        <source>dispatch postage takes DISPATCH_NO, POSITION and RUPEES.</source>
        <translation>dispatch postage के साथ DISPATCH_NO, POSITION और RUPEES दें।</translation>
    </message>
    <message>
        <source>RUPEES must be an amount such as 42.50, not “%1”.</source>
        <translation>RUPEES 42.50 जैसी राशि होनी चाहिए, “%1” नहीं।</translation>
    </message>
    <message>
        <source>Postage recorded.</source>
        <translation>डाक व्यय दर्ज किया गया।</translation>
    </message>
    <message>
        <source>Usage: nasti-admin --as LOGIN dispatch list|postage ... (each has --help)</source>
        <translation>उपयोग: nasti-admin --as LOGIN dispatch list|postage ... (प्रत्येक के साथ --help)</translation>
    </message>
    <message>
        <source>Unknown dispatch command “%1” (list, postage).</source>
        <translation>अज्ञात dispatch कमांड “%1” (list, postage)।</translation>
    </message>
    <message>
        <source>Usage: nasti-admin --as ADMIN letterhead set DEPARTMENT ... (see --help)</source>
        <translation>उपयोग: nasti-admin --as ADMIN letterhead set DEPARTMENT ... (देखें --help)</translation>
    </message>
    <message>
        <source>Unknown letterhead command “%1” (only: set).</source>
        <translation>अज्ञात letterhead कमांड “%1” (केवल: set)।</translation>
    </message>
    <message>
        <source>en or hi.</source>
        <translation>en या hi।</translation>
    </message>
    <message>
        <source>The lines at the top (\n between lines): government, department.</source>
        <translation>ऊपर की पंक्तियाँ (पंक्तियों के बीच \n): शासन, विभाग।</translation>
    </message>
    <message>
        <source>The address line(s).</source>
        <translation>पते की पंक्ति (पंक्तियाँ)।</translation>
    </message>
    <message>
        <source>The department's code.</source>
        <translation>विभाग का कोड।</translation>
    </message>
    <message>
        <source>Set a department's letterhead in one language (administrators).</source>
        <translation>किसी विभाग का पत्र-शीर्ष एक भाषा में निर्धारित करें (प्रशासक)।</translation>
    </message>
    <message>
        <source>letterhead set takes DEPARTMENT, --lang and --heading.</source>
        <translation>letterhead set के साथ DEPARTMENT, --lang और --heading दें।</translation>
    </message>
    <message>
        <source>Letterhead set.</source>
        <translation>पत्र-शीर्ष निर्धारित किया गया।</translation>
    </message>
    <message>
        <source>A reference category: vip, assembly, court, cm-helpline or cpgrams.</source>
        <translation>संदर्भ श्रेणी: vip, assembly, court, cm-helpline या cpgrams।</translation>
    </message>
    <message>
        <source>Its reference number.</source>
        <translation>उसका संदर्भ क्रमांक।</translation>
    </message>
    <message>
        <source>The review date: the file comes back to your inbox that day.</source>
        <translation>समीक्षा तिथि: उस दिन नस्ती आपके इनबॉक्स में लौट आती है।</translation>
    </message>
    <message>
        <source>Park a file you hold awaiting something: --remarks says why, --until when it comes back. It stays in pendency.</source>
        <translation>किसी प्रतीक्षा में अपनी नस्ती स्थगित रखें: --remarks कारण बताता है, --until कब लौटेगी। वह लंबित में बनी रहती है।</translation>
    </message>
    <message>
        <source>file park needs --remarks (the reason) and --until YYYY-MM-DD.</source>
        <translation>file park के लिए --remarks (कारण) और --until YYYY-MM-DD आवश्यक हैं।</translation>
    </message>
    <message>
        <source>Write the acknowledgement to PATH.</source>
        <translation>पावती PATH पर लिखें।</translation>
    </message>
    <message>
        <source>The receipt's diary number.</source>
        <translation>आवक पत्र का डायरी क्रमांक।</translation>
    </message>
    <message>
        <source>The acknowledgement for a receipt's sender: a PDF with the diary number.</source>
        <translation>आवक पत्र के प्रेषक के लिए पावती: डायरी क्रमांक सहित PDF।</translation>
    </message>
    <message>
        <source>receipt ack takes one DIARY_NO and --pdf PATH.</source>
        <translation>receipt ack एक DIARY_NO और --pdf PATH लेता है।</translation>
    </message>
    <message>
        <source>There is no receipt with diary number “%1”.</source>
        <translation>डायरी क्रमांक “%1” का कोई आवक पत्र नहीं है।</translation>
    </message>
    <message>
        <source>Acknowledgement for %1 written.</source>
        <translation>%1 की पावती लिखी गई।</translation>
    </message>
    <message>
        <source>Usage: nasti-admin --as LOGIN receipt add PDF_PATH ... | receipt ack DIARY_NO --pdf PATH</source>
        <translation>उपयोग: nasti-admin --as LOGIN receipt add PDF_PATH ... | receipt ack DIARY_NO --pdf PATH</translation>
    </message>
    <message>
        <source>Unknown receipt command “%1” (only: add, ack).</source>
        <translation>अज्ञात receipt कमांड “%1” (केवल: add, ack)।</translation>
    </message>
    <message>
        <source>Record the reminders and escalations that are due and bring parked files back on their review date: for your posts with --as, else for every file (the database owner; run it from cron, say hourly). Idempotent.</source>
        <translation>देय स्मरण-पत्र और उच्च स्तर पर प्रेषण दर्ज करें तथा स्थगित नस्तियाँ समीक्षा तिथि पर वापस लाएँ: --as के साथ आपके पदों के लिए, अन्यथा सभी नस्तियों के लिए (डेटाबेस स्वामी; cron से चलाएँ, जैसे हर घंटे)। दोबारा चलाने से कुछ दोहराया नहीं जाता।</translation>
    </message>
    <message>
        <source>%1 reminders, %2 escalations, %3 parked files back in the inbox.</source>
        <translation>%1 स्मरण-पत्र, %2 उच्च स्तर पर प्रेषण, %3 स्थगित नस्तियाँ इनबॉक्स में वापस।</translation>
    </message>
    <message>
        <source>List the reminders for files your posts hold past their time limit.</source>
        <translation>आपके पदों के पास समय-सीमा पार कर चुकी नस्तियों के स्मरण-पत्रों की सूची।</translation>
    </message>
    <message>
        <source>List the files escalated to your posts, with the reason for delay.</source>
        <translation>आपके पदों को प्रेषित नस्तियों की सूची, विलंब के कारण सहित।</translation>
    </message>
    <message>
        <source>%1 working days (limit %2)</source>
        <translation>%1 कार्य दिवस (सीमा %2)</translation>
    </message>
    <message>
        <source>Nothing is late.</source>
        <translation>कुछ भी विलंबित नहीं है।</translation>
    </message>
    <message>
        <source>What is wanted on the file.</source>
        <translation>नस्ती पर क्या चाहिए।</translation>
    </message>
    <message>
        <source>By when.</source>
        <translation>कब तक।</translation>
    </message>
    <message>
        <source>Call for a file: the holder sees your direction and answers by the date.</source>
        <translation>नस्ती तलब करें: धारक आपका निर्देश देखता है और तिथि तक उत्तर देता है।</translation>
    </message>
    <message>
        <source>Put a file on your watch-list with a direction and a date.</source>
        <translation>निर्देश और तिथि सहित नस्ती को अपनी निगरानी सूची में रखें।</translation>
    </message>
    <message>
        <source>followup %1 takes one FILE_NO.</source>
        <translation>followup %1 एक FILE_NO लेता है।</translation>
    </message>
    <message>
        <source>followup %1 needs --due YYYY-MM-DD.</source>
        <translation>followup %1 के लिए --due YYYY-MM-DD आवश्यक है।</translation>
    </message>
    <message>
        <source>The answer.</source>
        <translation>उत्तर।</translation>
    </message>
    <message>
        <source>The call's number.</source>
        <translation>तलबी का क्रमांक।</translation>
    </message>
    <message>
        <source>Answer a call for a file you hold.</source>
        <translation>अपने पास की नस्ती की तलबी का उत्तर दें।</translation>
    </message>
    <message>
        <source>Take a file off your watch-list.</source>
        <translation>नस्ती को अपनी निगरानी सूची से हटाएँ।</translation>
    </message>
    <message>
        <source>followup %1 takes one CALL_ID.</source>
        <translation>followup %1 एक CALL_ID लेता है।</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>हो गया।</translation>
    </message>
    <message>
        <source>Read it from this read-only replica; default: $NASTI_REVIEW_DB.</source>
        <translation>इसे इस केवल-पठन प्रतिकृति से पढ़ें; डिफ़ॉल्ट: $NASTI_REVIEW_DB।</translation>
    </message>
    <message>
        <source>Your watch-list: file, holder, since, direction, answer, days late.</source>
        <translation>आपकी निगरानी सूची: नस्ती, धारक, कब से, निर्देश, उत्तर, विलंब के दिन।</translation>
    </message>
    <message>
        <source>vip, assembly, court, cm-helpline or cpgrams; empty for none.</source>
        <translation>vip, assembly, court, cm-helpline या cpgrams; कोई नहीं तो खाली।</translation>
    </message>
    <message>
        <source>The reference number.</source>
        <translation>संदर्भ क्रमांक।</translation>
    </message>
    <message>
        <source>Mark a file you hold as a reference category with its own time limit.</source>
        <translation>अपने पास की नस्ती को अपनी समय-सीमा वाली संदर्भ श्रेणी में अंकित करें।</translation>
    </message>
    <message>
        <source>followup category takes one FILE_NO.</source>
        <translation>followup category एक FILE_NO लेता है।</translation>
    </message>
    <message>
        <source>followup needs a command: run, reminders, escalated, call, watch, answer, unwatch, watchlist or category.</source>
        <translation>followup को एक कमांड चाहिए: run, reminders, escalated, call, watch, answer, unwatch, watchlist या category।</translation>
    </message>
    <message>
        <source>Usage: nasti-admin [--as LOGIN] followup run|reminders|escalated|call|watch|answer|unwatch|watchlist|category ... (each with --help)</source>
        <translation>उपयोग: nasti-admin [--as LOGIN] followup run|reminders|escalated|call|watch|answer|unwatch|watchlist|category ... (प्रत्येक के साथ --help)</translation>
    </message>
    <message>
        <source>Unknown followup command “%1”.</source>
        <translation>अज्ञात followup कमांड “%1”।</translation>
    </message>
    <message>
        <source>Read the review from this read-only replica (a PostgreSQL streaming standby) instead of the primary; default: $NASTI_REVIEW_DB.</source>
        <translation>समीक्षा मुख्य सर्वर के बजाय इस केवल-पठन प्रतिकृति (PostgreSQL स्ट्रीमिंग स्टैंडबाय) से पढ़ें; डिफ़ॉल्ट: $NASTI_REVIEW_DB।</translation>
    </message>
    <message>
        <source>Cannot read the passphrase file %1.</source>
        <translation>पासफ़्रेज़ फ़ाइल %1 पढ़ी नहीं जा सकी।</translation>
    </message>
    <message>
        <source>Passphrase of the signing authority: </source>
        <translation>हस्ताक्षर प्राधिकारी का पासफ़्रेज़: </translation>
    </message>
    <message>
        <source>Read the authority's passphrase from this file's first line.</source>
        <translation>प्राधिकारी का पासफ़्रेज़ इस फ़ाइल की पहली पंक्ति से पढ़ें।</translation>
    </message>
    <message>
        <source>The organisation's name.</source>
        <translation>संगठन का नाम।</translation>
    </message>
    <message>
        <source>Create the organisation's signing authority, its private key sealed under a passphrase (administrators; once per database).</source>
        <translation>संगठन का हस्ताक्षर प्राधिकारी बनाएँ, जिसकी निजी कुंजी पासफ़्रेज़ से मुहरबंद रहती है (प्रशासकों के लिए; प्रति डेटाबेस एक बार)।</translation>
    </message>
    <message>
        <source>keys authority needs --name.</source>
        <translation>keys authority के लिए --name आवश्यक है।</translation>
    </message>
    <message>
        <source>Signing authority created.</source>
        <translation>हस्ताक्षर प्राधिकारी बनाया गया।</translation>
    </message>
    <message>
        <source>Make a new signing key for --as LOGIN, sealed under his password (the desktop client does this at his first sign-in). It signs once certified.</source>
        <translation>--as LOGIN के लिए उसके पासवर्ड से मुहरबंद नई हस्ताक्षर कुंजी बनाएँ (डेस्कटॉप क्लाइंट यह उसके पहले प्रवेश पर करता है)। प्रमाणित होने के बाद उससे हस्ताक्षर होते हैं।</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 का पासवर्ड: </translation>
    </message>
    <message>
        <source>Signing key made for %1; the administrator certifies it next.</source>
        <translation>%1 के लिए हस्ताक्षर कुंजी बनाई गई; अब प्रशासक उसे प्रमाणित करेगा।</translation>
    </message>
    <message>
        <source>How long the certificate is valid (default 365).</source>
        <translation>प्रमाणपत्र कितने समय तक वैध रहे (डिफ़ॉल्ट 365)।</translation>
    </message>
    <message>
        <source>Whom to certify; none: every key awaiting it.</source>
        <translation>किसे प्रमाणित करना है; न देने पर: प्रमाणन की प्रतीक्षा कर रही प्रत्येक कुंजी।</translation>
    </message>
    <message>
        <source>Certify officers' signing keys for their posts with the organisation's authority.</source>
        <translation>अधिकारियों की हस्ताक्षर कुंजियों को उनके पदों के लिए संगठन के प्राधिकारी से प्रमाणित करें।</translation>
    </message>
    <message>
        <source>--days takes a number of days, not “%1”.</source>
        <translation>--days में दिनों की संख्या दें, “%1” नहीं।</translation>
    </message>
    <message>
        <source>No key was awaiting certification.</source>
        <translation>कोई कुंजी प्रमाणन की प्रतीक्षा में नहीं थी।</translation>
    </message>
    <message>
        <source>%1 certified for %2 days.</source>
        <translation>%1 को %2 दिनों के लिए प्रमाणित किया गया।</translation>
    </message>
    <message>
        <source>compromised (default), disabled, transferred or renewed.</source>
        <translation>compromised (डिफ़ॉल्ट), disabled, transferred या renewed।</translation>
    </message>
    <message>
        <source>Whose certificates to revoke.</source>
        <translation>किसके प्रमाणपत्र निरस्त करने हैं।</translation>
    </message>
    <message>
        <source>Revoke a user's signing certificates (from now; what he signed before stays valid).</source>
        <translation>किसी उपयोगकर्ता के हस्ताक्षर प्रमाणपत्र निरस्त करें (अभी से; पहले किए गए उसके हस्ताक्षर वैध रहते हैं)।</translation>
    </message>
    <message>
        <source>keys revoke takes one LOGIN.</source>
        <translation>keys revoke एक ही LOGIN लेता है।</translation>
    </message>
    <message>
        <source>List signing keys and their certificates.</source>
        <translation>हस्ताक्षर कुंजियाँ और उनके प्रमाणपत्र सूचीबद्ध करें।</translation>
    </message>
    <message>
        <source>awaiting certification</source>
        <translation>प्रमाणन की प्रतीक्षा में</translation>
    </message>
    <message>
        <source>revoked %1 (%2)</source>
        <translation>निरस्त %1 (%2)</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>अवधि समाप्त %1</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>%1 तक वैध</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>कुंजी %1</translation>
    </message>
    <message>
        <source>Show --as LOGIN's signing key and certificate.</source>
        <translation>--as LOGIN की हस्ताक्षर कुंजी और प्रमाणपत्र दिखाएँ।</translation>
    </message>
    <message>
        <source>%1 has no signing key.</source>
        <translation>%1 की कोई हस्ताक्षर कुंजी नहीं है।</translation>
    </message>
    <message>
        <source>%1 signs with key %2, certified until %3.</source>
        <translation>%1 कुंजी %2 से हस्ताक्षर करते हैं, %3 तक प्रमाणित।</translation>
    </message>
    <message>
        <source>%1 has key %2, not certified now%3.</source>
        <translation>%1 के पास कुंजी %2 है, जो अभी प्रमाणित नहीं है%3।</translation>
    </message>
    <message>
        <source>Everyone's signing key is certified; the signing authority's passphrase is "demo-authority".</source>
        <translation>सभी की हस्ताक्षर कुंजी प्रमाणित है; हस्ताक्षर प्राधिकारी का पासफ़्रेज़ "demo-authority" है।</translation>
    </message>
    <message>
        <source>verify: OK — %1 events and %2 history rows intact, %3 signatures valid; chain head %4:%5.</source>
        <translation>verify: ठीक — %1 घटनाएँ और इतिहास की %2 पंक्तियाँ अक्षुण्ण, %3 हस्ताक्षर वैध; शृंखला शीर्ष %4:%5।</translation>
    </message>
    <message>
        <source>(no signing time)</source>
        <translation>(हस्ताक्षर का समय नहीं)</translation>
    </message>
    <message>
        <source>Give the CA passphrase with --passphrase-file FILE or NASTI_CA_PASSPHRASE.</source>
        <translation>CA पासफ़्रेज़ --passphrase-file FILE या NASTI_CA_PASSPHRASE से दें।</translation>
    </message>
    <message>
        <source>Check the digital signatures of an issued letter (a PDF): each must be valid, cover the whole document and come from a certificate of one of the given CAs. Exit status 0 when all do, 3 when the letter is unsigned, changed after signing, or signed by an unknown, expired or revoked certificate.</source>
        <translation>जारी किए गए पत्र (PDF) के डिजिटल हस्ताक्षरों की जाँच करें: प्रत्येक हस्ताक्षर वैध हो, पूरे दस्तावेज़ को आवृत करे और दिए गए CA में से किसी एक के प्रमाणपत्र से हो। सभी के सही होने पर निकास स्थिति 0; पत्र के अहस्ताक्षरित होने, हस्ताक्षर के बाद बदले जाने, या अज्ञात, अवधि-समाप्त अथवा निरस्त प्रमाणपत्र से हस्ताक्षरित होने पर 3।</translation>
    </message>
    <message>
        <source>verify-letter takes one FILE.pdf.</source>
        <translation>verify-letter एक ही FILE.pdf लेता है।</translation>
    </message>
    <message>
        <source>%1 carries no digital signature.</source>
        <translation>%1 पर कोई डिजिटल हस्ताक्षर नहीं है।</translation>
    </message>
    <message>
        <source>signature %1 of %2: %3; signed %4</source>
        <translation>हस्ताक्षर %1 (कुल %2): %3; हस्ताक्षरित %4</translation>
    </message>
    <message>
        <source>valid, covers the whole document, certificate trusted.</source>
        <translation>वैध, पूरे दस्तावेज़ को आवृत करता है, प्रमाणपत्र विश्वसनीय।</translation>
    </message>
    <message>
        <source>NOT VERIFIED</source>
        <translation>सत्यापित नहीं</translation>
    </message>
    <message>
        <source>%1, signature %2 (%3): %4</source>
        <translation>%1, हस्ताक्षर %2 (%3): %4</translation>
    </message>
    <message>
        <source>The CA's directory.</source>
        <translation>CA की निर्देशिका।</translation>
    </message>
    <message>
        <source>Read the CA passphrase from the first line of FILE (else NASTI_CA_PASSPHRASE).</source>
        <translation>CA पासफ़्रेज़ FILE की पहली पंक्ति से पढ़ें (अन्यथा NASTI_CA_PASSPHRASE से)।</translation>
    </message>
    <message>
        <source>Validity in years (default 20).</source>
        <translation>वैधता वर्षों में (डिफ़ॉल्ट 20)।</translation>
    </message>
    <message>
        <source>Create the organisation's certification authority (RSA-3072) in DIR; its key is stored encrypted with the passphrase.</source>
        <translation>DIR में संगठन का प्रमाणन प्राधिकारी (RSA-3072) बनाएँ; उसकी कुंजी पासफ़्रेज़ से एन्क्रिप्ट करके रखी जाती है।</translation>
    </message>
    <message>
        <source>ca init needs --dir DIR and --org NAME.</source>
        <translation>ca init के लिए --dir DIR और --org NAME आवश्यक हैं।</translation>
    </message>
    <message>
        <source>--years must be a whole number, not “%1”.</source>
        <translation>--years पूर्ण संख्या होनी चाहिए, “%1” नहीं।</translation>
    </message>
    <message>
        <source>ca init: %1 created in %2, valid until %3; SHA-256 fingerprint %4.</source>
        <translation>ca init: %1 को %2 में बनाया गया, %3 तक वैध; SHA-256 फ़िंगरप्रिंट %4।</translation>
    </message>
    <message>
        <source>PEM text instead of DER bytes.</source>
        <translation>DER बाइट्स के स्थान पर PEM पाठ।</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>मानक आउटपुट के स्थान पर FILE में लिखें।</translation>
    </message>
    <message>
        <source>Measure only these parts, comma-separated: login, queries (inbox, opening a file, search), review, forward, signing (forward with a signed note against unsigned), pdf.</source>
        <translation>केवल ये भाग मापें, अल्पविराम से अलग: login, queries (इनबॉक्स, नस्ती खोलना, खोज), review, forward, signing (हस्ताक्षरित टीप के साथ अग्रेषण, बिना हस्ताक्षर की तुलना में), pdf।</translation>
    </message>
    <message>
        <source>warning: %1 was issued without a PDF signature: %2.</source>
        <translation>चेतावनी: %1 PDF हस्ताक्षर के बिना जारी हुआ: %2।</translation>
    </message>
    <message>
        <source>Signing authority created, with the organisation's X.509 CA for signed letters (nasti-admin ca export writes its certificate).</source>
        <translation>हस्ताक्षर प्राधिकारी बनाया गया, हस्ताक्षरित पत्रों के लिए संगठन के X.509 CA के साथ (nasti-admin ca export उसका प्रमाणपत्र लिखता है)।</translation>
    </message>
    <message>
        <source>No X.509 certificate for signed letters for %1: their keys predate PDF signing; they get one when they enrol again (nasti-admin keys enrol) and are certified.</source>
        <translation>%1 के लिए हस्ताक्षरित पत्रों का X.509 प्रमाणपत्र नहीं: उनकी कुंजियाँ PDF हस्ताक्षर से पहले की हैं; फिर से नामांकन (nasti-admin keys enrol) और प्रमाणन पर उन्हें मिलेगा।</translation>
    </message>
    <message>
        <source>No X.509 certificates for signed letters: this authority predates PDF signing; run nasti-admin keys authority again to add the CA, then certify again.</source>
        <translation>हस्ताक्षरित पत्रों के X.509 प्रमाणपत्र नहीं: यह प्राधिकारी PDF हस्ताक्षर से पहले का है; CA जोड़ने के लिए nasti-admin keys authority फिर चलाएँ, फिर दोबारा प्रमाणित करें।</translation>
    </message>
    <message>
        <source>A trusted CA certificate (PEM or DER; a PEM file may hold several). Repeat for more. Without it: the organisation's CA from the database.</source>
        <translation>एक विश्वसनीय CA प्रमाणपत्र (PEM या DER; एक PEM फ़ाइल में अनेक हो सकते हैं)। अधिक के लिए दोहराएँ। इसके बिना: डेटाबेस से संगठन का CA।</translation>
    </message>
    <message>
        <source>The database has no X.509 CA to check letters against (nasti-admin keys authority); give one with --ca CA.pem.</source>
        <translation>डेटाबेस में पत्रों की जाँच के लिए कोई X.509 CA नहीं है (nasti-admin keys authority); --ca CA.pem से एक दें।</translation>
    </message>
    <message>
        <source>Export the CA certificate of DIR, or without --dir the organisation's CA from the database (DER, or PEM with --pem); no passphrase needed.</source>
        <translation>DIR का CA प्रमाणपत्र, या --dir के बिना डेटाबेस से संगठन का CA निर्यात करें (DER, या --pem के साथ PEM); पासफ़्रेज़ आवश्यक नहीं।</translation>
    </message>
    <message>
        <source>The database has no X.509 CA yet (nasti-admin keys authority makes it).</source>
        <translation>डेटाबेस में अभी कोई X.509 CA नहीं है (nasti-admin keys authority इसे बनाता है)।</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This database issued it as %1.</source>
        <translation>इस डेटाबेस ने इसे %1 के रूप में जारी किया।</translation>
    </message>
    <message>
        <source>A revocation list of the CA (nasti-admin ca crl), for checking without the organisation's database; repeat for more. A signature by a certificate it lists counts only when its signing time is before the revocation.</source>
        <translation>CA की निरस्तीकरण सूची (nasti-admin ca crl), संगठन के डेटाबेस के बिना जाँच के लिए; अधिक के लिए दोहराएँ। सूची में दर्ज प्रमाणपत्र का हस्ताक्षर तभी मान्य है जब उसका हस्ताक्षर-समय निरस्तीकरण से पहले का हो।</translation>
    </message>
    <message>
        <source>the revocation list %1 was due to be replaced on %2; a newer one may list more.</source>
        <translation>निरस्तीकरण सूची %1 को %2 को बदला जाना था; नई सूची में और प्रविष्टियाँ हो सकती हैं।</translation>
    </message>
    <message>
        <source>the revocation list says its certificate was revoked on %1, before the time the signature gives</source>
        <translation>निरस्तीकरण सूची के अनुसार इसका प्रमाणपत्र %1 को निरस्त किया गया, हस्ताक्षर में दिए समय से पहले</translation>
    </message>
    <message>
        <source>Days until the next list is due (default 7).</source>
        <translation>अगली सूची कितने दिन में देय है (पूर्वनिर्धारित 7)।</translation>
    </message>
    <message>
        <source>Read the authority's passphrase from this file's first line (else NASTI_AUTHORITY_PASSPHRASE).</source>
        <translation>प्राधिकारी का पासफ़्रेज़ इस फ़ाइल की पहली पंक्ति से पढ़ें (अन्यथा NASTI_AUTHORITY_PASSPHRASE)।</translation>
    </message>
    <message>
        <source>Publish the revocation list (CRL) of the database's CA, signed with the authority's key: every revoked officer certificate and when, for those who check letters without the database (verify-letter --crl).</source>
        <translation>डेटाबेस के CA की निरस्तीकरण सूची (CRL) प्रकाशित करें, प्राधिकारी की कुंजी से हस्ताक्षरित: प्रत्येक निरस्त अधिकारी-प्रमाणपत्र और कब, उनके लिए जो डेटाबेस के बिना पत्रों की जाँच करते हैं (verify-letter --crl)।</translation>
    </message>
    <message>
        <source>--days takes 1 to 366 days, not “%1”.</source>
        <translation>--days में 1 से 366 दिन दें, “%1” नहीं।</translation>
    </message>
    <message>
        <source>Give the authority's passphrase with --passphrase-file FILE or NASTI_AUTHORITY_PASSPHRASE.</source>
        <translation>प्राधिकारी का पासफ़्रेज़ --passphrase-file FILE या NASTI_AUTHORITY_PASSPHRASE से दें।</translation>
    </message>
    <message numerus="yes">
        <source>ca crl: %n revoked certificate(s) listed; the next list is due on %1.</source>
        <translation>
            <numerusform>ca crl: %n निरस्त प्रमाणपत्र सूचीबद्ध; अगली सूची %1 को देय है।</numerusform>
            <numerusform>ca crl: %n निरस्त प्रमाणपत्र सूचीबद्ध; अगली सूची %1 को देय है।</numerusform>
        </translation>
    </message>
    <message>
        <source>ca takes init, export or crl (see nasti-admin ca init --help).</source>
        <translation>ca के साथ init, export या crl दें (देखें nasti-admin ca init --help)।</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>मानक आउटपुट पर नहीं लिखा जा सकता।</translation>
    </message>
    <message>
        <source>--load needs a positive number of desktops.</source>
        <translation>--load के लिए डेस्कटॉप की धनात्मक संख्या चाहिए।</translation>
    </message>
    <message>
        <source>--duration needs a positive number of seconds.</source>
        <translation>--duration के लिए सेकंड की धनात्मक संख्या चाहिए।</translation>
    </message>
    <message>
        <source>--pace needs MIN,MAX seconds, 0 &lt; MIN ≤ MAX.</source>
        <translation>--pace के लिए MIN,MAX सेकंड चाहिए, 0 &lt; MIN ≤ MAX।</translation>
    </message>
    <message>
        <source>--setup-timeout needs a positive number of seconds.</source>
        <translation>--setup-timeout के लिए सेकंड की धनात्मक संख्या चाहिए।</translation>
    </message>
    <message>
        <source>bench --load: %1 errors; every desktop must work without one.</source>
        <translation>bench --load: %1 त्रुटियाँ; हर डेस्कटॉप को बिना त्रुटि के काम करना चाहिए।</translation>
    </message>
    <message>
        <source>Instead of the items above: simulate N signed-in desktops, each as its own login role with the client's two connections, doing a clerk's or officer's day at human pace (PostgreSQL only).</source>
        <translation>ऊपर की मदों के बजाय: N साइन-इन डेस्कटॉप का अनुकरण करें, हर एक अपने लॉगिन रोल से क्लाइंट के दो कनेक्शनों के साथ, मानवीय गति से लिपिक या अधिकारी का दिन बिताते हुए (केवल PostgreSQL)।</translation>
    </message>
    <message>
        <source>With --load: seconds the day runs once every desktop is connected (default 60).</source>
        <translation>--load के साथ: हर डेस्कटॉप जुड़ जाने के बाद दिन कितने सेकंड चले (डिफ़ॉल्ट 60)।</translation>
    </message>
    <message>
        <source>With --load: seconds between one user's actions, MIN,MAX (default 3,60).</source>
        <translation>--load के साथ: एक उपयोगकर्ता के कार्यों के बीच सेकंड, MIN,MAX (डिफ़ॉल्ट 3,60)।</translation>
    </message>
    <message>
        <source>With --load: seconds allowed for login roles, sign-in and connecting (default 600).</source>
        <translation>--load के साथ: लॉगिन रोल, साइन इन और जुड़ने के लिए अनुमत सेकंड (डिफ़ॉल्ट 600)।</translation>
    </message>
    <message>
        <source>Sign with your registered DSC token, its PIN on this file's first line (or NASTI_TOKEN_PIN).</source>
        <translation>अपने पंजीकृत DSC टोकन से हस्ताक्षर करें, उसका PIN इस फ़ाइल की पहली पंक्ति में (या NASTI_TOKEN_PIN)।</translation>
    </message>
    <message>
        <source>The token's PKCS#11 driver on this computer, when not where it was registered.</source>
        <translation>इस कंप्यूटर पर टोकन का PKCS#11 ड्राइवर, जब वह पंजीकृत स्थान पर न हो।</translation>
    </message>
    <message>
        <source>Cannot read the PIN file %1.</source>
        <translation>PIN फ़ाइल %1 पढ़ी नहीं जा सकी।</translation>
    </message>
    <message>
        <source>How many clients (default 16).</source>
        <translation>कितने क्लाइंट (डिफ़ॉल्ट 16)।</translation>
    </message>
    <message>
        <source>How long they forward (default 30).</source>
        <translation>वे कितनी देर अग्रेषित करें (डिफ़ॉल्ट 30)।</translation>
    </message>
    <message>
        <source>Where to write every movement reported done (tab-separated).</source>
        <translation>पूरा हुआ बताया गया हर अग्रेषण कहाँ लिखा जाए (टैब से अलग)।</translation>
    </message>
    <message>
        <source>How long a cut-off client keeps trying to reach a primary before it reports the action not done (default 60).</source>
        <translation>संपर्क टूटा क्लाइंट कार्रवाई को पूरा नहीं हुआ बताने से पहले कितनी देर प्राथमिक सर्वर तक पहुँचने का प्रयास करे (डिफ़ॉल्ट 60)।</translation>
    </message>
    <message>
        <source>drill knows one exercise: drill forward (see drill forward --help).</source>
        <translation>drill में एक ही अभ्यास है: drill forward (देखें drill forward --help)।</translation>
    </message>
    <message>
        <source>The failover drill: clients forward files through the multi-host URL while the primary is killed; every movement reported done is written to --report.</source>
        <translation>फ़ेलओवर अभ्यास: प्राथमिक सर्वर बंद किए जाने के दौरान क्लाइंट बहु-होस्ट URL से नस्तियाँ अग्रेषित करते हैं; पूरा हुआ बताया गया हर अग्रेषण --report में लिखा जाता है।</translation>
    </message>
    <message>
        <source>drill forward needs --clients 1..200, --seconds 1 or more and --report FILE.</source>
        <translation>drill forward को --clients 1..200, --seconds 1 या अधिक और --report FILE चाहिए।</translation>
    </message>
    <message>
        <source>drill: %1: %2 errors, first: %3</source>
        <translation>drill: %1: %2 त्रुटियाँ, पहली: %3</translation>
    </message>
    <message>
        <source>drill: %1 clients, %2 movements reported done (%3 after a retry, %4 of them found done already), %5 not done, %6 errors; longest time without a server: %7 ms</source>
        <translation>drill: %1 क्लाइंट, %2 अग्रेषण पूरे बताए गए (%3 दोबारा प्रयास के बाद, जिनमें से %4 पहले ही पूरे पाए गए), %5 पूरे नहीं हुए, %6 त्रुटियाँ; सर्वर के बिना सबसे लंबा समय: %7 ms</translation>
    </message>
    <message>
        <source>What to call the CA (e.g. its licence name).</source>
        <translation>CA का नाम (जैसे उसके लाइसेंस का नाम)।</translation>
    </message>
    <message>
        <source>The CA's certificate (PEM or DER).</source>
        <translation>CA का प्रमाणपत्र (PEM या DER)।</translation>
    </message>
    <message>
        <source>Trust an external certifying authority (a licensed CA under CCA India) whose certificates officers hold on DSC tokens (administrators).</source>
        <translation>किसी बाहरी प्रमाणन प्राधिकारी (CCA India के अधीन लाइसेंसशुदा CA) पर विश्वास करें, जिसके प्रमाणपत्र अधिकारियों के DSC टोकन पर हैं (प्रशासक)।</translation>
    </message>
    <message>
        <source>keys trust-ca takes --name NAME and one CA_CERT file.</source>
        <translation>keys trust-ca को --name NAME और एक CA_CERT फ़ाइल चाहिए।</translation>
    </message>
    <message>
        <source>Cannot read the certificate file %1.</source>
        <translation>प्रमाणपत्र फ़ाइल %1 पढ़ी नहीं जा सकी।</translation>
    </message>
    <message>
        <source>CA %1 trusted (%2) for DSC tokens.</source>
        <translation>DSC टोकनों के लिए CA %1 पर विश्वास किया गया (%2)।</translation>
    </message>
    <message>
        <source>List the external CAs trusted for DSC tokens.</source>
        <translation>DSC टोकनों के लिए विश्वसनीय बाहरी CA की सूची दिखाएँ।</translation>
    </message>
    <message>
        <source>trusted %1</source>
        <translation>%1 से विश्वसनीय</translation>
    </message>
    <message>
        <source>The officer whose token it is.</source>
        <translation>वह अधिकारी जिसका यह टोकन है।</translation>
    </message>
    <message>
        <source>The token's certificate (PEM or DER), exported from the token.</source>
        <translation>टोकन का प्रमाणपत्र (PEM या DER), टोकन से निर्यात किया हुआ।</translation>
    </message>
    <message>
        <source>The token's PKCS#11 driver on the officers' desktops (e.g. the CA's libeps2003 or /usr/lib/x86_64-linux-gnu/opensc-pkcs11.so).</source>
        <translation>अधिकारियों के डेस्कटॉप पर टोकन का PKCS#11 ड्राइवर (जैसे CA का libeps2003 या /usr/lib/x86_64-linux-gnu/opensc-pkcs11.so)।</translation>
    </message>
    <message>
        <source>Register an officer's DSC token certificate (from a trusted external CA) to him and the posts he holds; he then signs the letters he issues with the token.</source>
        <translation>किसी अधिकारी के DSC टोकन का प्रमाणपत्र (विश्वसनीय बाहरी CA से) उसके और उसके धारित पदों के नाम पंजीकृत करें; फिर वह अपने जारी किए पत्रों पर टोकन से हस्ताक्षर करता है।</translation>
    </message>
    <message>
        <source>keys register-token needs --user LOGIN, --cert FILE and --module PATH.</source>
        <translation>keys register-token को --user LOGIN, --cert FILE और --module PATH चाहिए।</translation>
    </message>
    <message>
        <source>DSC token registered to %1 (registration %2).</source>
        <translation>DSC टोकन %1 के नाम पंजीकृत किया गया (पंजीकरण %2)।</translation>
    </message>
    <message>
        <source>List registered DSC tokens.</source>
        <translation>पंजीकृत DSC टोकनों की सूची दिखाएँ।</translation>
    </message>
    <message>
        <source>Usage: nasti-admin keys authority|enrol|certify|revoke|list|status|trust-ca|trusted-cas|register-token|tokens ... (each has --help)</source>
        <translation>उपयोग: nasti-admin keys authority|enrol|certify|revoke|list|status|trust-ca|trusted-cas|register-token|tokens ... (हर एक में --help है)</translation>
    </message>
    <message>
        <source>Unknown keys command “%1” (authority, enrol, certify, revoke, list, status, trust-ca, trusted-cas, register-token, tokens).</source>
        <translation>अज्ञात keys आदेश “%1” (authority, enrol, certify, revoke, list, status, trust-ca, trusted-cas, register-token, tokens)।</translation>
    </message>
    <message>
        <source>valid, covers the whole document, made with the DSC token registered to %1.</source>
        <translation>मान्य, पूरे दस्तावेज़ पर लागू, %1 के नाम पंजीकृत DSC टोकन से बनाया गया।</translation>
    </message>
    <message>
        <source>--%1 takes a whole number of at least %2, not "%3".</source>
        <translation>--%1 को कम से कम %2 की पूर्ण संख्या चाहिए, "%3" नहीं।</translation>
    </message>
    <message>
        <source>Apply the steps up to this one only (default: this program's latest).</source>
        <translation>केवल इस चरण तक के चरण लागू करें (डिफ़ॉल्ट: इस प्रोग्राम का नवीनतम)।</translation>
    </message>
    <message>
        <source>PostgreSQL: the longest a step waits for a lock, in milliseconds, before it gives way to the office and tries again (default 3000).</source>
        <translation>PostgreSQL: कोई चरण लॉक के लिए अधिकतम कितने मिलीसेकंड प्रतीक्षा करे, उसके बाद कार्यालय के काम को रास्ता देकर फिर प्रयास करे (डिफ़ॉल्ट 3000)।</translation>
    </message>
    <message>
        <source>How many times a step is tried before migrate gives up (default 5).</source>
        <translation>migrate हार मानने से पहले किसी चरण का कितनी बार प्रयास करे (डिफ़ॉल्ट 5)।</translation>
    </message>
    <message>
        <source>Milliseconds to wait before a step's second try, doubled before each next one (default 1000).</source>
        <translation>किसी चरण के दूसरे प्रयास से पहले प्रतीक्षा के मिलीसेकंड, हर अगले प्रयास से पहले दोगुने (डिफ़ॉल्ट 1000)।</translation>
    </message>
    <message>
        <source>Schema version %1 in %2 is newer than this program's %3 and works with it; nothing to do.</source>
        <translation>%2 में स्कीमा संस्करण %1 इस प्रोग्राम के %3 से नया है और इसके साथ काम करता है; कुछ करना नहीं है।</translation>
    </message>
    <message>
        <source>  step %1 %2: %3 ms</source>
        <translation>  चरण %1 %2: %3 ms</translation>
    </message>
    <message>
        <source> (attempt %1)</source>
        <translation> (प्रयास %1)</translation>
    </message>
    <message>
        <source>Steps took %1 ms in all, each in its own transaction.</source>
        <translation>चरणों में कुल %1 ms लगे, प्रत्येक अपने अलग ट्रांज़ैक्शन में।</translation>
    </message>
    <message>
        <source>Migrate a live database to this program's schema while the office works: each step in a transaction of its own that waits at most --lock-timeout for a lock, gives way and tries again (progress on stderr); prints what each step took. Take a backup first.</source>
        <translation>कार्यालय के काम करते हुए चालू डेटाबेस को इस प्रोग्राम की स्कीमा में माइग्रेट करें: प्रत्येक चरण अपने ट्रांज़ैक्शन में, जो लॉक के लिए अधिकतम --lock-timeout प्रतीक्षा करता है, फिर रास्ता देकर पुनः प्रयास करता है (प्रगति stderr पर); हर चरण का समय छापता है। पहले बैकअप लें।</translation>
    </message>
    <message>
        <source>seed-scale: review rollup of %1 weeks and %2 days in %3 s</source>
        <translation>seed-scale: %1 सप्ताहों और %2 दिनों का समीक्षा रोलअप %3 सेकंड में</translation>
    </message>
    <message>
        <source>Usage: nasti-admin [--db URL] [--as LOGIN] COMMAND [options]

Database URL: sqlite:PATH or postgresql://USER@HOST:PORT/DB?sslmode=...
(several servers: postgresql://USER@HOST1:PORT1,HOST2:PORT2/DB?target_session_attrs=read-write)
(default: $NASTI_DB, else the demo database in your data directory).
--as LOGIN acts as that user; the password comes from NASTI_PASSWORD or a prompt.

Commands (each has --help):
  init                      create or migrate the schema
  migrate [--lock-timeout MS]  migrate a live database step by step (report each step's time)
  demo                      seed the demo office (once)
  org [--json]              list departments, sections and posts
  import-org FILE.csv       import an organisation (all rows or none)
  user add|disable|enable|passwd|transfer ...
  file create|note|forward|open|recall|approve|reject|park|unpark|reopen|close|delay|put|link|show ...
  receipt add PDF_PATH ...  diarise an incoming letter
  draft new|revise|show|diff|approve|issue ...  drafts for approval and their issue
  dispatch list|postage ... the section's dispatch register
  keys authority|enrol|certify|revoke|list|status ...  digital signatures: keys and certificates
  letterhead set DEPT ...   a department's letterhead (Hindi, English)
  inbox [--json]            the files your posts hold
  search [WORDS] [--sender TEXT] [--letter-no P] [--diary-no P] [--file-no P] [--holder POST]
         [--from DATE] [--to DATE] [--priority P] [--grading G] [--status S] [--json]
                            find files (every option narrows)
  verify                    check the tamper-evident event log
  verify-letter FILE.pdf [--ca CA.pem ...] [--crl CRL ...]  check a letter's digital signatures
                        (default: the organisation's CA and revocations in the database)
  ca init|export|crl [--dir DIR] ...  the organisation's signing CA (export without --dir: the
                        database's; crl: its revocation list)
  backup FILE               a consistent backup while clients work (SQLite copy, pg_dump)
  restore FILE              replace the database with a backup, then verify it
  report weekly [--week 2025-W02] [--department CODE] [--pdf PATH] [--csv PATH] [--lang hi|en]
                            the weekly review of pendency and disposal
  followup run|reminders|escalated|call|watch|answer|unwatch|watchlist|category ...
                            reminders, escalation, calls for files, watch-list, categories
  review close-weeks [--weeks N]  store the review's figures of ended weeks (cron, Mondays)
  review close-days               store the running week's finished days (cron, nightly)
  seed-scale --files N      seed an empty database with a state-scale office (benchmark)
  bench [--json PATH]       measure inbox, search, file, forwarding, PDF against raw baselines
</source>
        <translation>उपयोग: nasti-admin [--db URL] [--as LOGIN] COMMAND [options]

डेटाबेस URL: sqlite:PATH या postgresql://USER@HOST:PORT/DB?sslmode=...
(अनेक सर्वर: postgresql://USER@HOST1:PORT1,HOST2:PORT2/DB?target_session_attrs=read-write)
(डिफ़ॉल्ट: $NASTI_DB, अन्यथा आपकी डेटा निर्देशिका का डेमो डेटाबेस)।
--as LOGIN उस उपयोगकर्ता के रूप में कार्य करता है; पासवर्ड NASTI_PASSWORD से या पूछकर लिया जाता है।

कमांड (प्रत्येक के साथ --help):
  init                      स्कीमा बनाएँ या माइग्रेट करें
  migrate [--lock-timeout MS]  चालू डेटाबेस को चरण-दर-चरण माइग्रेट करें (हर चरण का समय बताएँ)
  demo                      डेमो कार्यालय बनाएँ (एक बार)
  org [--json]              विभाग, शाखाएँ और पद सूचीबद्ध करें
  import-org FILE.csv       संगठन आयात करें (सभी पंक्तियाँ या कोई नहीं)
  user add|disable|enable|passwd|transfer ...
  file create|note|forward|open|recall|approve|reject|park|unpark|reopen|close|delay|put|link|show ...
  receipt add PDF_PATH ...  आवक पत्र डायरी करें
  draft new|revise|show|diff|approve|issue ...  अनुमोदन हेतु प्रारूप और उनका जारी होना
  dispatch list|postage ... शाखा का प्रेषण रजिस्टर
  keys authority|enrol|certify|revoke|list|status ...  डिजिटल हस्ताक्षर: कुंजियाँ और प्रमाणपत्र
  letterhead set DEPT ...   विभाग का लेटरहेड (हिंदी, अंग्रेज़ी)
  inbox [--json]            आपके पदों के पास की नस्तियाँ
  search [WORDS] [--sender TEXT] [--letter-no P] [--diary-no P] [--file-no P] [--holder POST]
         [--from DATE] [--to DATE] [--priority P] [--grading G] [--status S] [--json]
                            नस्तियाँ खोजें (प्रत्येक विकल्प खोज को सीमित करता है)
  verify                    छेड़छाड़-प्रकट घटना-लॉग की जाँच करें
  verify-letter FILE.pdf [--ca CA.pem ...] [--crl CRL ...]  पत्र के डिजिटल हस्ताक्षरों की जाँच करें
                        (पूर्वनिर्धारित: डेटाबेस में संगठन का CA और निरस्तीकरण)
  ca init|export|crl [--dir DIR] ...  संगठन का हस्ताक्षर CA (--dir के बिना export: डेटाबेस
                        का; crl: उसकी निरस्तीकरण सूची)
  backup FILE               क्लाइंटों के कार्य करते हुए सुसंगत बैकअप (SQLite प्रति, pg_dump)
  restore FILE              डेटाबेस को बैकअप से बदलें, फिर उसकी जाँच करें
  report weekly [--week 2025-W02] [--department CODE] [--pdf PATH] [--csv PATH] [--lang hi|en]
                            लंबित और निराकरण की साप्ताहिक समीक्षा
  followup run|reminders|escalated|call|watch|answer|unwatch|watchlist|category ...
                            स्मरण-पत्र, उच्च स्तर पर प्रेषण, नस्तियों की माँग, निगरानी-सूची, श्रेणियाँ
  review close-weeks [--weeks N]  समाप्त सप्ताहों के समीक्षा आँकड़े संग्रहीत करें (cron, सोमवार)
  review close-days               चालू सप्ताह के बीते दिनों के आँकड़े संग्रहीत करें (cron, प्रतिदिन रात)
  seed-scale --files N      खाली डेटाबेस में राज्य-स्तरीय कार्यालय भरें (बेंचमार्क)
  bench [--json PATH]       इनबॉक्स, खोज, नस्ती, अग्रेषण, PDF को मूल आधार-रेखा से मापें
</translation>
    </message>
    <message>
        <source>Store the weekly review's flows of each finished day of the week still running not stored yet, so its review reads only today from history (idempotent; run it every night after 00:00 IST). Runs as the database owner, like init.</source>
        <translation>चालू सप्ताह के हर बीते दिन के साप्ताहिक समीक्षा प्रवाह, जो अभी संग्रहीत नहीं हैं, संग्रहीत करें, ताकि उसकी समीक्षा इतिहास से केवल आज का भाग पढ़े (दोबारा चलाना सुरक्षित; हर रात 00:00 IST के बाद चलाएँ)। init की तरह डेटाबेस स्वामी के रूप में चलता है।</translation>
    </message>
    <message>
        <source>review close-days takes no positional arguments.</source>
        <translation>review close-days कोई स्थितीय तर्क नहीं लेता।</translation>
    </message>
    <message>
        <source>review close-days runs as the database owner: leave out --as.</source>
        <translation>review close-days डेटाबेस स्वामी के रूप में चलता है: --as हटा दें।</translation>
    </message>
    <message>
        <source>close-days: %1 of %2 days checked</source>
        <translation>close-days: %2 में से %1 दिन जाँचे गए</translation>
    </message>
    <message>
        <source>Days stored for the week still running: %1 (%2 ms).</source>
        <translation>चालू सप्ताह के लिए संग्रहीत दिन: %1 (%2 ms)।</translation>
    </message>
    <message>
        <source>review knows two commands: close-weeks and close-days (nasti-admin review close-weeks --help).</source>
        <translation>review के दो आदेश हैं: close-weeks और close-days (nasti-admin review close-weeks --help)।</translation>
    </message>
</context>
<context>
    <name>nasti::cli::keys</name>
    <message numerus="yes">
        <source>%n certificate(s) revoked.</source>
        <translation>
            <numerusform>%n प्रमाणपत्र निरस्त किया गया।</numerusform>
            <numerusform>%n प्रमाणपत्र निरस्त किए गए।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nasti::codes</name>
    <message>
        <source>Normal</source>
        <translation>सामान्य</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>प्राथमिकता</translation>
    </message>
    <message>
        <source>Top Priority</source>
        <translation>सर्वोच्च प्राथमिकता</translation>
    </message>
    <message>
        <source>Immediate</source>
        <translation>तत्काल</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>गोपनीय</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>गुप्त</translation>
    </message>
    <message>
        <source>Top Secret</source>
        <translation>अति गुप्त</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>लिपिक</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>अधिकारी</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>समीक्षक</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>प्रशासक</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>खुली</translation>
    </message>
    <message>
        <source>Parked</source>
        <translation>स्थगित</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>बंद</translation>
    </message>
    <message>
        <source>For approval</source>
        <translation>अनुमोदन हेतु</translation>
    </message>
    <message>
        <source>For information</source>
        <translation>सूचनार्थ</translation>
    </message>
    <message>
        <source>For comments</source>
        <translation>टिप्पणी हेतु</translation>
    </message>
    <message>
        <source>For signature</source>
        <translation>हस्ताक्षर हेतु</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>अग्रेषित</translation>
    </message>
    <message>
        <source>Put up</source>
        <translation>प्रस्तुत</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>लौटाई गई</translation>
    </message>
    <message>
        <source>Recalled</source>
        <translation>वापस ली गई</translation>
    </message>
    <message>
        <source>Approved and returned</source>
        <translation>अनुमोदित कर लौटाई गई</translation>
    </message>
    <message>
        <source>Rejected and returned</source>
        <translation>अस्वीकृत कर लौटाई गई</translation>
    </message>
    <message>
        <source>VIP reference</source>
        <translation>वीआईपी संदर्भ</translation>
    </message>
    <message>
        <source>Assembly question</source>
        <translation>विधानसभा प्रश्न</translation>
    </message>
    <message>
        <source>Court case</source>
        <translation>न्यायालयीन प्रकरण</translation>
    </message>
    <message>
        <source>CM Helpline grievance</source>
        <translation>सीएम हेल्पलाइन शिकायत</translation>
    </message>
    <message>
        <source>CPGRAMS grievance</source>
        <translation>सीपीग्राम्स शिकायत</translation>
    </message>
</context>
<context>
    <name>nasti::dsctokens</name>
    <message>
        <source>the registration of your DSC token (%1) was revoked on %2</source>
        <translation>आपके DSC टोकन (%1) का पंजीकरण %2 को रद्द किया गया</translation>
    </message>
    <message>
        <source>the certificate on your DSC token (%1) expired on %2</source>
        <translation>आपके DSC टोकन (%1) का प्रमाणपत्र %2 को समाप्त हो गया</translation>
    </message>
    <message>
        <source>the certificate on your DSC token (%1) is valid only from %2</source>
        <translation>आपके DSC टोकन (%1) का प्रमाणपत्र केवल %2 से मान्य है</translation>
    </message>
</context>
<context>
    <name>nasti::migrations</name>
    <message>
        <source>The database %1 is empty; run nasti-admin init first.</source>
        <translation>डेटाबेस %1 खाली है; पहले nasti-admin init चलाएँ।</translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, older than this program's %3: it has not been upgraded yet. Ask the administrator to run nasti-admin migrate on it; then sign in again.</source>
        <translation>डेटाबेस %1 का स्कीमा संस्करण %2 है, जो इस प्रोग्राम के %3 से पुराना है: इसे अभी अपग्रेड नहीं किया गया है। प्रशासक से इस पर nasti-admin migrate चलाने को कहें; फिर दोबारा साइन इन करें।</translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, newer than this program's %3, and its step %4 works only with programs of schema %5 or newer. Install the newer Nasti (ask the administrator for the update).</source>
        <translation>डेटाबेस %1 का स्कीमा संस्करण %2 है, जो इस प्रोग्राम के %3 से नया है, और इसका चरण %4 केवल स्कीमा %5 या नए प्रोग्रामों के साथ काम करता है। नया Nasti स्थापित करें (अपडेट के लिए प्रशासक से कहें)।</translation>
    </message>
    <message>
        <source>This program knows schema steps up to %1; it cannot migrate to %2.</source>
        <translation>यह प्रोग्राम स्कीमा चरण %1 तक ही जानता है; यह %2 तक माइग्रेट नहीं कर सकता।</translation>
    </message>
    <message>
        <source>step %1 (%2): started</source>
        <translation>चरण %1 (%2): आरंभ</translation>
    </message>
    <message>
        <source>step %1: already applied by another migrator</source>
        <translation>चरण %1: किसी अन्य माइग्रेटर द्वारा पहले ही लागू</translation>
    </message>
    <message>
        <source>step %1 (%2): done in %3 ms</source>
        <translation>चरण %1 (%2): %3 ms में पूर्ण</translation>
    </message>
    <message>
        <source>Schema step %1 (%2) could not get its locks in %3 attempts of %4 ms each: another session keeps a lock on a table it changes (a long query or a transaction left open; see pg_stat_activity). Nothing of step %1 was done; steps before it are. Run nasti-admin migrate again when that session has ended. (%5)</source>
        <translation>स्कीमा चरण %1 (%2) को %4 ms के %3 प्रयासों में अपने लॉक नहीं मिले: कोई अन्य सत्र उस तालिका पर लॉक रखे हुए है जिसे यह बदलता है (कोई लंबी क्वेरी या खुला छोड़ा गया ट्रांज़ैक्शन; pg_stat_activity देखें)। चरण %1 का कुछ भी नहीं किया गया; उससे पहले के चरण हो चुके हैं। वह सत्र समाप्त होने पर nasti-admin migrate फिर चलाएँ। (%5)</translation>
    </message>
    <message>
        <source>step %1: no lock within %2 ms (attempt %3 of %4); rolled back, trying again in %5 ms</source>
        <translation>चरण %1: %2 ms में लॉक नहीं मिला (प्रयास %3/%4); वापस लिया गया, %5 ms में फिर प्रयास</translation>
    </message>
</context>
<context>
    <name>nasti::notesheet</name>
    <message>
        <source>Approval</source>
        <translation>अनुमोदन</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>अनुमोदित नहीं</translation>
    </message>
    <message>
        <source>Closing note</source>
        <translation>समापन टीप</translation>
    </message>
    <message>
        <source>Reopening</source>
        <translation>पुनः खोलना</translation>
    </message>
    <message>
        <source>Reason for delay</source>
        <translation>विलंब का कारण</translation>
    </message>
    <message>
        <source>NOTE SHEET</source>
        <translation>नोटशीट</translation>
    </message>
    <message>
        <source>File No.:</source>
        <translation>नस्ती क्रमांक:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>विषय:</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>मुद्रण %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>पृष्ठ %1 / %2</translation>
    </message>
    <message>
        <source>Digitally signed by %1 on %2</source>
        <translation>%2 को %1 द्वारा डिजिटल हस्ताक्षरित</translation>
    </message>
    <message>
        <source>SIGNATURE BROKEN: altered after signing</source>
        <translation>हस्ताक्षर भंग: हस्ताक्षर के बाद परिवर्तित</translation>
    </message>
</context>
<context>
    <name>nasti::offlinekeychain</name>
    <message>
        <source>The keychain did not answer in time.</source>
        <translation>कीचेन ने समय पर उत्तर नहीं दिया।</translation>
    </message>
</context>
<context>
    <name>nasti::pdfsign</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 पढ़ा नहीं जा सका: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 में लिखा नहीं जा सका: %2</translation>
    </message>
    <message>
        <source>Setting the certificate's subject</source>
        <translation>प्रमाणपत्र का विषय-नाम (subject) निर्धारित करना</translation>
    </message>
    <message>
        <source>Setting the request's subject</source>
        <translation>अनुरोध का विषय-नाम (subject) निर्धारित करना</translation>
    </message>
    <message>
        <source>The officer's name is empty.</source>
        <translation>अधिकारी का नाम रिक्त है।</translation>
    </message>
    <message>
        <source>The officer's organisation is empty.</source>
        <translation>अधिकारी का संगठन रिक्त है।</translation>
    </message>
    <message>
        <source>Signing the certificate request</source>
        <translation>प्रमाणपत्र अनुरोध पर हस्ताक्षर करना</translation>
    </message>
    <message>
        <source>The certificate</source>
        <translation>प्रमाणपत्र</translation>
    </message>
    <message>
        <source>No certificate found in the PEM text.</source>
        <translation>PEM पाठ में कोई प्रमाणपत्र नहीं मिला।</translation>
    </message>
    <message>
        <source>The officer's private key</source>
        <translation>अधिकारी की निजी कुंजी</translation>
    </message>
    <message>
        <source>The officer's certificate</source>
        <translation>अधिकारी का प्रमाणपत्र</translation>
    </message>
    <message>
        <source>The certificate does not belong to this private key.</source>
        <translation>प्रमाणपत्र इस निजी कुंजी का नहीं है।</translation>
    </message>
    <message>
        <source>The document is empty, not a PDF.</source>
        <translation>दस्तावेज़ खाली है, PDF नहीं।</translation>
    </message>
    <message>
        <source>The document is not a PDF (no %PDF- header).</source>
        <translation>दस्तावेज़ PDF नहीं है (%PDF- शीर्ष नहीं है)।</translation>
    </message>
    <message>
        <source>The PDF is damaged: it cannot be read.</source>
        <translation>PDF क्षतिग्रस्त है: इसे पढ़ा नहीं जा सकता।</translation>
    </message>
    <message>
        <source>The PDF is password-protected; it cannot be signed or checked.</source>
        <translation>PDF पासवर्ड-सुरक्षित है; इस पर न हस्ताक्षर किया जा सकता है, न इसकी जाँच की जा सकती है।</translation>
    </message>
    <message>
        <source>The signer's certificate</source>
        <translation>हस्ताक्षरकर्ता का प्रमाणपत्र</translation>
    </message>
    <message>
        <source>A trusted CA certificate</source>
        <translation>एक विश्वसनीय CA प्रमाणपत्र</translation>
    </message>
    <message>
        <source>Digitally signed by %1</source>
        <translation>%1 द्वारा डिजिटल हस्ताक्षरित</translation>
    </message>
    <message>
        <source>Date: %1 IST</source>
        <translation>दिनांक: %1 IST</translation>
    </message>
    <message>
        <source>certificate trusted</source>
        <translation>प्रमाणपत्र विश्वसनीय</translation>
    </message>
    <message>
        <source>the certificate was not issued by a trusted CA (unknown CA)</source>
        <translation>प्रमाणपत्र किसी विश्वसनीय CA द्वारा जारी नहीं किया गया (अज्ञात CA)</translation>
    </message>
    <message>
        <source>the certificate was not valid at the signing time (expired or not yet valid)</source>
        <translation>हस्ताक्षर के समय प्रमाणपत्र वैध नहीं था (अवधि समाप्त या अभी वैध नहीं)</translation>
    </message>
    <message>
        <source>the certificate has been revoked</source>
        <translation>प्रमाणपत्र निरस्त कर दिया गया है</translation>
    </message>
    <message>
        <source>the certificate is not fit for signing (bad signature, usage or algorithm)</source>
        <translation>प्रमाणपत्र हस्ताक्षर के योग्य नहीं है (त्रुटिपूर्ण हस्ताक्षर, उपयोग या एल्गोरिद्म)</translation>
    </message>
    <message>
        <source>The signing certificate of %1 expired on %2 IST; it cannot sign.</source>
        <translation>%1 का हस्ताक्षर प्रमाणपत्र %2 IST को समाप्त हो गया; इससे हस्ताक्षर नहीं किया जा सकता।</translation>
    </message>
    <message>
        <source>The signing certificate of %1 is valid only from %2 IST; it cannot sign yet.</source>
        <translation>%1 का हस्ताक्षर प्रमाणपत्र %2 IST से ही वैध है; इससे अभी हस्ताक्षर नहीं किया जा सकता।</translation>
    </message>
    <message>
        <source>The certificate of %1 is not meant for signatures.</source>
        <translation>%1 का प्रमाणपत्र हस्ताक्षरों के लिए अभिप्रेत नहीं है।</translation>
    </message>
    <message>
        <source>A CA certificate cannot sign letters; certify an officer.</source>
        <translation>CA प्रमाणपत्र पत्रों पर हस्ताक्षर नहीं कर सकता; किसी अधिकारी को प्रमाणित करें।</translation>
    </message>
    <message>
        <source>The signature's visible text is empty.</source>
        <translation>हस्ताक्षर का दृश्य पाठ रिक्त है।</translation>
    </message>
    <message>
        <source>The PDF has no page %1 (it has %2).</source>
        <translation>PDF में पृष्ठ %1 नहीं है (उसमें %2 पृष्ठ हैं)।</translation>
    </message>
    <message>
        <source>The signature's rectangle lies off the page.</source>
        <translation>हस्ताक्षर का आयत पृष्ठ से बाहर है।</translation>
    </message>
    <message>
        <source>Cannot create a scratch file for signing: %1</source>
        <translation>हस्ताक्षर के लिए अस्थायी फ़ाइल नहीं बनाई जा सकी: %1</translation>
    </message>
    <message>
        <source>Poppler could not sign the PDF (error %1).</source>
        <translation>Poppler PDF पर हस्ताक्षर नहीं कर सका (त्रुटि %1)।</translation>
    </message>
    <message>
        <source>Cannot read the signed PDF: %1</source>
        <translation>हस्ताक्षरित PDF पढ़ी नहीं जा सकी: %1</translation>
    </message>
    <message>
        <source>Poppler wrote no signature into the PDF.</source>
        <translation>Poppler ने PDF में कोई हस्ताक्षर नहीं लिखा।</translation>
    </message>
    <message>
        <source>This is not a certificate revocation list (CRL).</source>
        <translation>यह प्रमाणपत्र निरस्तीकरण सूची (CRL) नहीं है।</translation>
    </message>
    <message>
        <source>The revocation list is not signed by a trusted CA (or was changed after signing).</source>
        <translation>निरस्तीकरण सूची किसी विश्वसनीय CA द्वारा हस्ताक्षरित नहीं है (या हस्ताक्षर के बाद बदली गई है)।</translation>
    </message>
</context>
<context>
    <name>nasti::pdfsign::OrganisationCa</name>
    <message>
        <source>The organisation's name is empty.</source>
        <translation>संगठन का नाम रिक्त है।</translation>
    </message>
    <message>
        <source>The CA passphrase must have at least %1 characters.</source>
        <translation>CA पासफ़्रेज़ कम से कम %1 अक्षरों का होना चाहिए।</translation>
    </message>
    <message>
        <source>The CA's validity must be 1 to 50 years.</source>
        <translation>CA की वैधता 1 से 50 वर्ष होनी चाहिए।</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>निर्देशिका %1 नहीं बनाई जा सकी।</translation>
    </message>
    <message>
        <source>%1 already holds a CA.</source>
        <translation>%1 में पहले से एक CA है।</translation>
    </message>
    <message>
        <source>%1 Signing CA</source>
        <translation>%1 हस्ताक्षर CA</translation>
    </message>
    <message>
        <source>Signing the CA certificate</source>
        <translation>CA प्रमाणपत्र पर हस्ताक्षर करना</translation>
    </message>
    <message>
        <source>Encrypting the CA key</source>
        <translation>CA कुंजी एन्क्रिप्ट करना</translation>
    </message>
    <message>
        <source>%1 holds no CA (no %2).</source>
        <translation>%1 में कोई CA नहीं है (%2 नहीं है)।</translation>
    </message>
    <message>
        <source>%1 holds no CA.</source>
        <translation>%1 में कोई CA नहीं है।</translation>
    </message>
    <message>
        <source>Wrong passphrase for the CA in %1 (or its key file is damaged).</source>
        <translation>%1 में CA का पासफ़्रेज़ गलत है (या उसकी कुंजी फ़ाइल क्षतिग्रस्त है)।</translation>
    </message>
    <message>
        <source>The CA key in %1 does not belong to its certificate.</source>
        <translation>%1 में CA कुंजी उसके प्रमाणपत्र की नहीं है।</translation>
    </message>
    <message>
        <source>The certificate's validity period is empty.</source>
        <translation>प्रमाणपत्र की वैधता अवधि रिक्त है।</translation>
    </message>
    <message>
        <source>The certificate's validity (%1 to %2) must lie within the CA's (%3 to %4).</source>
        <translation>प्रमाणपत्र की वैधता (%1 से %2) CA की वैधता (%3 से %4) के भीतर होनी चाहिए।</translation>
    </message>
    <message>
        <source>The certificate request is not a PKCS#10 request (DER).</source>
        <translation>प्रमाणपत्र अनुरोध PKCS#10 अनुरोध (DER) नहीं है।</translation>
    </message>
    <message>
        <source>The certificate request's own signature does not verify.</source>
        <translation>प्रमाणपत्र अनुरोध का अपना हस्ताक्षर सत्यापित नहीं होता।</translation>
    </message>
    <message>
        <source>The request's public key</source>
        <translation>अनुरोध की सार्वजनिक कुंजी</translation>
    </message>
    <message>
        <source>The public key is not a SubjectPublicKeyInfo (DER).</source>
        <translation>सार्वजनिक कुंजी SubjectPublicKeyInfo (DER) नहीं है।</translation>
    </message>
    <message>
        <source>Neither a certificate request nor a public key was given.</source>
        <translation>न प्रमाणपत्र अनुरोध दिया गया, न सार्वजनिक कुंजी।</translation>
    </message>
    <message>
        <source>The officer's RSA key has %1 bits; at least 2048 are needed.</source>
        <translation>अधिकारी की RSA कुंजी %1 बिट की है; कम से कम 2048 बिट आवश्यक हैं।</translation>
    </message>
    <message>
        <source>The CA in %1 is busy (its serial register is locked).</source>
        <translation>%1 में CA व्यस्त है (उसका क्रमांक रजिस्टर लॉक है)।</translation>
    </message>
    <message>
        <source>Cannot open the serial register %1: %2</source>
        <translation>क्रमांक रजिस्टर %1 नहीं खोला जा सका: %2</translation>
    </message>
    <message>
        <source>Signing the officer's certificate</source>
        <translation>अधिकारी के प्रमाणपत्र पर हस्ताक्षर करना</translation>
    </message>
    <message>
        <source>Cannot record the serial in %1: %2</source>
        <translation>%1 में क्रमांक दर्ज नहीं किया जा सका: %2</translation>
    </message>
    <message>
        <source>The CA certificate</source>
        <translation>CA प्रमाणपत्र</translation>
    </message>
    <message>
        <source>The CA's private key</source>
        <translation>CA की निजी कुंजी</translation>
    </message>
    <message>
        <source>The CA's private key does not belong to its certificate.</source>
        <translation>CA की निजी कुंजी उसके प्रमाणपत्र की नहीं है।</translation>
    </message>
    <message>
        <source>A revocation list's next update must be after now.</source>
        <translation>निरस्तीकरण सूची का अगला अद्यतन अभी के बाद का होना चाहिए।</translation>
    </message>
</context>
<context>
    <name>nasti::pdfsign::SignatureCheck</name>
    <message>
        <source>the signed bytes were changed after signing</source>
        <translation>हस्ताक्षरित बाइट्स हस्ताक्षर के बाद बदले गए</translation>
    </message>
    <message>
        <source>the signature is not valid</source>
        <translation>हस्ताक्षर वैध नहीं है</translation>
    </message>
    <message>
        <source>the document was changed after signing (it has content the signature does not cover)</source>
        <translation>हस्ताक्षर के बाद दस्तावेज़ बदला गया (उसमें ऐसी सामग्री है जिसे हस्ताक्षर आवृत नहीं करता)</translation>
    </message>
</context>
<context>
    <name>nasti::pdfsign::gt</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 — त्रुटि: %2</translation>
    </message>
    <message>
        <source>%1 is not an X.509 certificate (%2).</source>
        <translation>%1 X.509 प्रमाणपत्र नहीं है (%2)।</translation>
    </message>
    <message>
        <source>%1 is not a PKCS#8 private key (%2).</source>
        <translation>%1 PKCS#8 निजी कुंजी नहीं है (%2)।</translation>
    </message>
    <message>
        <source>Generating an RSA key</source>
        <translation>RSA कुंजी बनाना</translation>
    </message>
</context>
<context>
    <name>nasti::pdfsign::nss</name>
    <message>
        <source>Cannot create a private directory for signing: %1</source>
        <translation>हस्ताक्षर के लिए निजी निर्देशिका नहीं बनाई जा सकी: %1</translation>
    </message>
    <message>
        <source>NSS was initialised before Nasti's signing set-up (Poppler uses %1); signatures cannot be made or checked in this process.</source>
        <translation>NSS, नस्ती की हस्ताक्षर व्यवस्था से पहले ही आरंभ हो चुका था (Poppler %1 का उपयोग करता है); इस प्रक्रिया में हस्ताक्षर न बनाए जा सकते हैं, न जाँचे जा सकते हैं।</translation>
    </message>
    <message>
        <source>Cannot create the signing database: %1</source>
        <translation>हस्ताक्षर डेटाबेस नहीं बनाया जा सका: %1</translation>
    </message>
    <message>
        <source>NSS has no key slot: %1</source>
        <translation>NSS में कोई कुंजी स्लॉट नहीं है: %1</translation>
    </message>
    <message>
        <source>Cannot protect the signing database: %1</source>
        <translation>हस्ताक्षर डेटाबेस सुरक्षित नहीं किया जा सका: %1</translation>
    </message>
    <message>
        <source>Cannot log in to the signing database: %1</source>
        <translation>हस्ताक्षर डेटाबेस में लॉग इन नहीं किया जा सका: %1</translation>
    </message>
    <message>
        <source>The DSC token's driver (PKCS#11 module) %1 is not installed on this computer.</source>
        <translation>DSC टोकन का ड्राइवर (PKCS#11 मॉड्यूल) %1 इस कंप्यूटर पर स्थापित नहीं है।</translation>
    </message>
    <message>
        <source>The DSC token's driver (PKCS#11 module) %1 could not be loaded: %2</source>
        <translation>DSC टोकन का ड्राइवर (PKCS#11 मॉड्यूल) %1 लोड नहीं हो सका: %2</translation>
    </message>
</context>
<context>
    <name>nasti::pdfsign::nss::SessionSigner</name>
    <message>
        <source>NSS has no key slot: %1</source>
        <translation>NSS में कोई कुंजी स्लॉट नहीं है: %1</translation>
    </message>
    <message>
        <source>NSS refused the officer's private key: %1</source>
        <translation>NSS ने अधिकारी की निजी कुंजी अस्वीकार कर दी: %1</translation>
    </message>
    <message>
        <source>NSS cannot read the officer's certificate: %1</source>
        <translation>NSS अधिकारी का प्रमाणपत्र नहीं पढ़ सका: %1</translation>
    </message>
    <message>
        <source>NSS refused the officer's certificate: %1</source>
        <translation>NSS ने अधिकारी का प्रमाणपत्र अस्वीकार कर दिया: %1</translation>
    </message>
</context>
<context>
    <name>nasti::pdfsign::nss::TokenSigner</name>
    <message>
        <source>The PIN of the DSC token %1 was not given.</source>
        <translation>DSC टोकन %1 का PIN नहीं दिया गया।</translation>
    </message>
    <message>
        <source>The PIN of the DSC token %1 is wrong; nothing was signed. (The token locks itself after a few wrong PINs.)</source>
        <translation>DSC टोकन %1 का PIN गलत है; कुछ भी हस्ताक्षरित नहीं हुआ। (कुछ गलत PIN के बाद टोकन स्वयं लॉक हो जाता है।)</translation>
    </message>
    <message>
        <source>The DSC token %1 is locked (too many wrong PINs); its certifying authority's tools unlock it.</source>
        <translation>DSC टोकन %1 लॉक है (बहुत अधिक गलत PIN); उसके प्रमाणन प्राधिकारी के उपकरण इसे खोलते हैं।</translation>
    </message>
    <message>
        <source>The DSC token %1 refused the PIN: %2</source>
        <translation>DSC टोकन %1 ने PIN अस्वीकार किया: %2</translation>
    </message>
    <message>
        <source>No DSC token is inserted (the driver %1 finds none). Insert your token and try again.</source>
        <translation>कोई DSC टोकन नहीं लगा है (ड्राइवर %1 को कोई नहीं मिला)। अपना टोकन लगाएँ और फिर से प्रयास करें।</translation>
    </message>
    <message>
        <source>The DSC token in this computer (%1) does not hold your registered certificate.</source>
        <translation>इस कंप्यूटर में लगे DSC टोकन (%1) में आपका पंजीकृत प्रमाणपत्र नहीं है।</translation>
    </message>
    <message>
        <source>The certificate on the DSC token %1 has no label; NSS cannot name it.</source>
        <translation>DSC टोकन %1 पर प्रमाणपत्र का कोई लेबल नहीं है; NSS उसे नाम नहीं दे सकता।</translation>
    </message>
</context>
<context>
    <name>nasti::qrCode</name>
    <message>
        <source>A QR code needs some text.</source>
        <translation>QR कोड के लिए कुछ पाठ आवश्यक है।</translation>
    </message>
    <message>
        <source>The text is too long for a QR code (%1 bytes).</source>
        <translation>QR कोड के लिए पाठ बहुत लंबा है (%1 बाइट)।</translation>
    </message>
    <message>
        <source>The QR code could not be made.</source>
        <translation>QR कोड नहीं बनाया जा सका।</translation>
    </message>
</context>
<context>
    <name>nasti::review</name>
    <message>
        <source>Unit</source>
        <translation>इकाई</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>लंबित</translation>
    </message>
    <message>
        <source>Parked</source>
        <translation>स्थगित</translation>
    </message>
    <message>
        <source>0–7 d</source>
        <translation>0–7 दि</translation>
    </message>
    <message>
        <source>8–15 d</source>
        <translation>8–15 दि</translation>
    </message>
    <message>
        <source>16–30 d</source>
        <translation>16–30 दि</translation>
    </message>
    <message>
        <source>&gt;30 d</source>
        <translation>&gt;30 दि</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>समय-सीमा पार</translation>
    </message>
    <message>
        <source>Recd</source>
        <translation>प्राप्त</translation>
    </message>
    <message>
        <source>Recd (prev)</source>
        <translation>प्राप्त (पिछला)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>सृजित</translation>
    </message>
    <message>
        <source>Created (prev)</source>
        <translation>सृजित (पिछला)</translation>
    </message>
    <message>
        <source>Disposed</source>
        <translation>निराकृत</translation>
    </message>
    <message>
        <source>Disposed (prev)</source>
        <translation>निराकृत (पिछला)</translation>
    </message>
    <message>
        <source>Department, section or post</source>
        <translation>विभाग, अनुभाग या पद</translation>
    </message>
    <message>
        <source>Files open or parked at the week's end</source>
        <translation>सप्ताह के अंत में खुली या स्थगित नस्तियाँ</translation>
    </message>
    <message>
        <source>Of the pending files, those parked</source>
        <translation>लंबित नस्तियों में से स्थगित</translation>
    </message>
    <message>
        <source>Pending 0 to 7 calendar days with the holder</source>
        <translation>धारक के पास 0 से 7 कैलेंडर दिवस से लंबित</translation>
    </message>
    <message>
        <source>Pending 8 to 15 calendar days with the holder</source>
        <translation>धारक के पास 8 से 15 कैलेंडर दिवस से लंबित</translation>
    </message>
    <message>
        <source>Pending 16 to 30 calendar days with the holder</source>
        <translation>धारक के पास 16 से 30 कैलेंडर दिवस से लंबित</translation>
    </message>
    <message>
        <source>Pending over 30 calendar days with the holder</source>
        <translation>धारक के पास 30 कैलेंडर दिवस से अधिक समय से लंबित</translation>
    </message>
    <message>
        <source>Open files past the department's time limit in working days</source>
        <translation>विभाग की समय-सीमा (कार्य दिवसों में) पार कर चुकी खुली नस्तियाँ</translation>
    </message>
    <message>
        <source>Files received from outside the unit this week (secretariat: dak diarised)</source>
        <translation>इस सप्ताह इकाई के बाहर से प्राप्त नस्तियाँ (सचिवालय: डायरी की गई डाक)</translation>
    </message>
    <message>
        <source>Received in the week before</source>
        <translation>पिछले सप्ताह प्राप्त</translation>
    </message>
    <message>
        <source>Files opened this week</source>
        <translation>इस सप्ताह खोली गई नस्तियाँ</translation>
    </message>
    <message>
        <source>Files opened in the week before</source>
        <translation>पिछले सप्ताह खोली गई नस्तियाँ</translation>
    </message>
    <message>
        <source>Files closed this week</source>
        <translation>इस सप्ताह बंद की गई नस्तियाँ</translation>
    </message>
    <message>
        <source>Files closed in the week before</source>
        <translation>पिछले सप्ताह बंद की गई नस्तियाँ</translation>
    </message>
    <message>
        <source>Average days a file waited with a Section Officer (stays ended this week)</source>
        <translation>अनुभाग अधिकारी के पास नस्ती की औसत प्रतीक्षा, दिवसों में (इस सप्ताह समाप्त ठहराव)</translation>
    </message>
    <message>
        <source>Average days a file waited with an Under Secretary (stays ended this week)</source>
        <translation>अवर सचिव के पास नस्ती की औसत प्रतीक्षा, दिवसों में (इस सप्ताह समाप्त ठहराव)</translation>
    </message>
    <message>
        <source>Average days a file waited with a Deputy Secretary (stays ended this week)</source>
        <translation>उप सचिव के पास नस्ती की औसत प्रतीक्षा, दिवसों में (इस सप्ताह समाप्त ठहराव)</translation>
    </message>
    <message>
        <source>Average days a file waited with a Principal Secretary (stays ended this week)</source>
        <translation>प्रमुख सचिव के पास नस्ती की औसत प्रतीक्षा, दिवसों में (इस सप्ताह समाप्त ठहराव)</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>सचिवालय</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>विभाग</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>अनुभाग</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>पद</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>सहायक</translation>
    </message>
    <message>
        <source>Section Officer</source>
        <translation>अनुभाग अधिकारी</translation>
    </message>
    <message>
        <source>Under Secretary</source>
        <translation>अवर सचिव</translation>
    </message>
    <message>
        <source>Deputy Secretary</source>
        <translation>उप सचिव</translation>
    </message>
    <message>
        <source>Principal Secretary</source>
        <translation>प्रमुख सचिव</translation>
    </message>
    <message>
        <source>Chief Secretary</source>
        <translation>मुख्य सचिव</translation>
    </message>
    <message>
        <source>Wait Asst (d)</source>
        <translation>प्रतीक्षा सहायक (दिन)</translation>
    </message>
    <message>
        <source>Wait SO (d)</source>
        <translation>प्रतीक्षा अनु.अ. (दिन)</translation>
    </message>
    <message>
        <source>Wait US (d)</source>
        <translation>प्रतीक्षा अव.स. (दिन)</translation>
    </message>
    <message>
        <source>Wait DS (d)</source>
        <translation>प्रतीक्षा उप.स. (दिन)</translation>
    </message>
    <message>
        <source>Wait PS (d)</source>
        <translation>प्रतीक्षा प्र.स. (दिन)</translation>
    </message>
    <message>
        <source>Called for</source>
        <translation>तलब</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>स्मरण-पत्र</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>उच्च स्तर पर</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>स्तर</translation>
    </message>
    <message>
        <source>&gt;4 levels</source>
        <translation>&gt;4 स्तर</translation>
    </message>
    <message>
        <source>Disposed/official</source>
        <translation>निराकरण/अधिकारी</translation>
    </message>
    <message>
        <source>Average days a file waited with an Assistant (stays ended this week)</source>
        <translation>सहायक के पास नस्ती की औसत प्रतीक्षा, दिनों में (इस सप्ताह समाप्त ठहराव)</translation>
    </message>
    <message>
        <source>Pending files with a call for the file not yet answered</source>
        <translation>लंबित नस्तियाँ जिनकी तलबी का उत्तर अभी नहीं दिया गया</translation>
    </message>
    <message>
        <source>Reminders raised this week for files past their time limit</source>
        <translation>समय-सीमा पार नस्तियों के लिए इस सप्ताह जारी स्मरण-पत्र</translation>
    </message>
    <message>
        <source>Files escalated this week to the holder's reporting officer</source>
        <translation>इस सप्ताह धारक के प्रतिवेदक अधिकारी को प्रेषित नस्तियाँ</translation>
    </message>
    <message>
        <source>Average number of posts a file closed this week passed through</source>
        <translation>इस सप्ताह बंद नस्ती जितने पदों से गुज़री, उनकी औसत संख्या</translation>
    </message>
    <message>
        <source>Files closed this week that passed through more than four posts</source>
        <translation>इस सप्ताह बंद वे नस्तियाँ जो चार से अधिक पदों से गुज़रीं</translation>
    </message>
    <message>
        <source>Files closed this week per post held by an official</source>
        <translation>इस सप्ताह प्रति पदधारी अधिकारी बंद नस्तियाँ</translation>
    </message>
</context>
<context>
    <name>nasti::signingkeychain</name>
    <message>
        <source>The keychain did not answer in time.</source>
        <translation>कीचेन ने समय पर उत्तर नहीं दिया।</translation>
    </message>
</context>
<context>
    <name>nasti::textfields</name>
    <message>
        <source>The %1 is not valid text (it holds bytes that are not UTF-8).</source>
        <translation>%1 वैध पाठ नहीं है (इसमें ऐसे बाइट हैं जो UTF-8 नहीं हैं)।</translation>
    </message>
    <message>
        <source>The %1 must be one line; it contains a line break.</source>
        <translation>%1 में पंक्ति-विराम है; इसे एक ही पंक्ति में लिखें।</translation>
    </message>
    <message>
        <source>The %1 contains a control character (%2); remove it.</source>
        <translation>%1 में एक नियंत्रण वर्ण (%2) है; उसे हटाएँ।</translation>
    </message>
    <message>
        <source>The %1 is too long (%2 characters; at most %3).</source>
        <translation>%1 की लंबाई बहुत अधिक है (%2 वर्ण; अधिकतम %3)।</translation>
    </message>
</context>
<context>
    <name>nasti::ui</name>
    <message>
        <source>PUC</source>
        <translation>विचाराधीन पत्र</translation>
    </message>
    <message>
        <source>FR %1</source>
        <translation>नवीन आवती %1</translation>
    </message>
    <message>
        <source>%1 no. %2</source>
        <comment>reference category and its number</comment>
        <translation>%1 क्रमांक %2</translation>
    </message>
</context>
</TS>