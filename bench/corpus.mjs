// Deterministic corpus of Japanese clinic columns for `npm run bench` and the growth-ratio test.
//
// Each column is Markdown of about 3,500 characters: a title, an introduction, sections with
// headings, paragraphs of short and long sentences, a bulleted list, an ordered list of steps, a
// price table, an FAQ and a closing. Sentences come from combinatorial templates with many slots;
// a corpus never repeats a sentence, a heading, a list item or a table cell (a repeat would be a
// cache hit and flatter the linter). About one sentence in eight carries a phrase the preset
// flags (根本から改善, 副作用の心配はありません, 今なら半額, 日本一 …) and about one in sixteen a near
// miss it must clear (必ず治るわけではありません …), as on real clinic sites.
//
// Everything here is invented: clinic names, places and prices are made up.

/** A small seeded PRNG (mulberry32): the same seed gives the same corpus on every machine. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOPICS = [
  { dept: "整形外科", treatments: ["PRP療法", "ヒアルロン酸注射", "体外衝撃波治療", "運動器リハビリテーション", "関節内注射"], symptoms: ["ひざの痛み", "腰痛", "五十肩", "テニス肘", "足底腱膜炎", "股関節の痛み"], parts: ["ひざ", "腰", "肩", "肘", "足の裏", "股関節"], causes: ["軟骨のすり減り", "筋力の低下", "姿勢の癖", "加齢による変化", "使いすぎ", "体重の増加"], risks: ["注射部位の腫れ", "一時的な痛みの増強", "内出血", "感染"] },
  { dept: "皮膚科", treatments: ["ピコレーザー", "フォトフェイシャル", "ケミカルピーリング", "トラネキサム酸内服", "ハイドロキノン外用"], symptoms: ["シミ", "肝斑", "そばかす", "ニキビ跡", "くすみ", "毛穴の開き"], parts: ["頬", "額", "目の下", "口元", "首", "手の甲"], causes: ["紫外線", "女性ホルモンの変動", "摩擦", "炎症の後の色素沈着", "睡眠不足", "乾燥"], risks: ["赤み", "かさぶた", "一時的な色素沈着", "ヒリヒリ感"] },
  { dept: "歯科", treatments: ["インプラント", "ホワイトニング", "マウスピース矯正", "セラミック治療", "歯周病治療"], symptoms: ["歯の黄ばみ", "歯並びの乱れ", "歯ぐきの腫れ", "入れ歯の違和感", "知覚過敏", "口臭"], parts: ["前歯", "奥歯", "歯ぐき", "あご", "かみ合わせ", "歯の根"], causes: ["歯垢の蓄積", "コーヒーや紅茶の着色", "歯ぎしり", "加齢", "磨き残し", "喫煙"], risks: ["しみる感じ", "腫れ", "出血", "歯ぐきの下がり"] },
  { dept: "美容皮膚科", treatments: ["ボトックス注射", "ヒアルロン酸注入", "ハイフ", "ダーマペン", "糸リフト"], symptoms: ["目尻のしわ", "ほうれい線", "たるみ", "眉間のしわ", "フェイスラインのゆるみ", "肌のハリの低下"], parts: ["目尻", "眉間", "頬", "あご", "フェイスライン", "首"], causes: ["表情の癖", "コラーゲンの減少", "紫外線", "皮下脂肪の移動", "乾燥", "加齢"], risks: ["内出血", "腫れ", "左右差", "しこり"] },
  { dept: "AGA外来", treatments: ["フィナステリド内服", "デュタステリド内服", "ミノキシジル外用", "頭皮の光治療", "育毛メソセラピー"], symptoms: ["薄毛", "抜け毛", "生え際の後退", "頭頂部の地肌の透け", "髪のボリュームの低下", "細い毛の増加"], parts: ["生え際", "頭頂部", "前頭部", "こめかみ", "つむじ", "頭皮"], causes: ["男性ホルモンの影響", "遺伝的な体質", "ストレス", "睡眠不足", "栄養の偏り", "血行不良"], risks: ["性欲の低下", "初期脱毛", "頭皮のかゆみ", "肝機能の数値の変化"] },
  { dept: "内科", treatments: ["生活習慣病の管理", "禁煙外来", "睡眠時無呼吸の検査", "ピロリ菌の除菌", "インフルエンザワクチン"], symptoms: ["高血圧", "脂質異常", "いびき", "胃もたれ", "血糖値の上昇", "倦怠感"], parts: ["血管", "胃", "肝臓", "のど", "心臓", "腎臓"], causes: ["塩分の多い食事", "運動不足", "肥満", "喫煙", "飲酒", "ストレス"], risks: ["薬の飲み合わせ", "めまい", "胃の不快感", "発疹"] },
  { dept: "眼科", treatments: ["白内障手術", "ICL", "オルソケラトロジー", "ドライアイ治療", "緑内障の点眼治療"], symptoms: ["視界のかすみ", "近視", "目の乾き", "まぶしさ", "視野の欠け", "老眼"], parts: ["水晶体", "角膜", "網膜", "視神経", "まぶた", "涙の膜"], causes: ["加齢", "スマートフォンの長時間使用", "紫外線", "遺伝", "糖尿病", "コンタクトレンズの使い方"], risks: ["感染", "眼圧の上昇", "見え方の変化", "異物感"] },
  { dept: "婦人科", treatments: ["低用量ピル", "子宮頸がん検診", "漢方治療", "ホルモン補充療法", "ブライダルチェック"], symptoms: ["生理痛", "月経不順", "更年期のほてり", "PMS", "貧血", "おりものの変化"], parts: ["子宮", "卵巣", "骨盤", "乳房", "自律神経", "ホルモンの働き"], causes: ["ホルモンバランスの変化", "子宮内膜症", "ストレス", "冷え", "過度なダイエット", "睡眠の乱れ"], risks: ["血栓症", "不正出血", "吐き気", "頭痛"] },
  { dept: "医療ダイエット外来", treatments: ["GLP-1受容体作動薬", "脂肪冷却", "医療用EMS", "脂肪溶解注射", "食事指導"], symptoms: ["体重の増加", "お腹まわりの脂肪", "むくみ", "二の腕のたるみ", "食べ過ぎ", "基礎代謝の低下"], parts: ["お腹", "太もも", "二の腕", "背中", "腰まわり", "ふくらはぎ"], causes: ["運動不足", "間食", "筋肉量の低下", "睡眠不足", "ストレスによる食欲", "代謝の変化"], risks: ["吐き気", "便秘", "皮膚の赤み", "低血糖"] },
  { dept: "再生医療外来", treatments: ["幹細胞治療", "PRP皮膚再生療法", "培養上清液点滴", "エクソソーム点滴", "自己脂肪由来幹細胞治療"], symptoms: ["関節の痛み", "肌の衰え", "疲れやすさ", "毛髪の衰え", "傷あと", "慢性的な炎症"], parts: ["関節", "皮膚", "血管", "毛根", "軟骨", "筋肉"], causes: ["加齢", "組織の損傷", "炎症", "血流の低下", "生活習慣", "紫外線"], risks: ["感染", "発熱", "注射部位の痛み", "アレルギー反応"] },
  { dept: "ペインクリニック", treatments: ["神経ブロック注射", "トリガーポイント注射", "星状神経節ブロック", "薬物療法", "高周波熱凝固"], symptoms: ["坐骨神経痛", "帯状疱疹後の痛み", "頭痛", "首の痛み", "三叉神経痛", "手足のしびれ"], parts: ["神経", "首", "背中", "お尻", "手足", "頭"], causes: ["神経の圧迫", "筋肉の緊張", "ウイルス感染", "血流の悪化", "姿勢", "ストレス"], risks: ["しびれ", "血圧の低下", "だるさ", "注射部位の痛み"] },
  { dept: "耳鼻咽喉科", treatments: ["舌下免疫療法", "鼻の粘膜のレーザー治療", "補聴器外来", "めまいのリハビリ", "副鼻腔炎の治療"], symptoms: ["花粉症", "鼻づまり", "耳鳴り", "めまい", "聞こえにくさ", "のどの違和感"], parts: ["鼻", "耳", "のど", "副鼻腔", "鼓膜", "内耳"], causes: ["アレルギー", "ウイルス感染", "加齢", "騒音", "ストレス", "気圧の変化"], risks: ["口の中のかゆみ", "鼻血", "一時的な鼻づまり", "のどの刺激感"] }
];

const CLINIC_PLACES = ["さくら通り", "駅前", "みなと", "けやき台", "ひばりヶ丘", "中央", "若葉", "あおば", "北町", "みどり野", "桜川", "東が丘", "南口", "光が丘", "緑町", "本町"];
const CLINIC_KINDS = ["クリニック", "医院", "診療所", "歯科医院", "皮膚科クリニック", "整形外科"];
const SEASONS = ["春先", "梅雨の時期", "夏場", "秋口", "冬の寒い時期", "季節の変わり目", "年末年始", "新生活の始まる4月", "湿度の高い時期", "空気の乾燥する時期"];
const PEOPLE = ["デスクワークの多い方", "立ち仕事の方", "40代以降の方", "子育て中の方", "スポーツをされる方", "ご高齢の方", "忙しい会社員の方", "学生の方", "夜勤のある方", "車の運転が多い方", "妊娠を考えている方", "持病のある方"];
const HABITS = ["睡眠を十分にとる", "水分をこまめにとる", "軽いストレッチを続ける", "栄養のバランスを意識する", "長時間同じ姿勢を避ける", "紫外線対策をする", "禁煙する", "お酒を控えめにする", "適度な運動を取り入れる", "体を冷やさない", "ていねいに保湿する", "定期的に検診を受ける"];
const TIMES = ["数日", "1週間ほど", "2週間前後", "1か月程度", "3か月ほど", "半年", "1年ほど", "数週間"];
const ADVERBS = ["一般に", "多くの場合", "実際には", "ただし", "なお", "また", "そのうえで", "とくに", "一方で", "まずは", "さらに", "具体的には", "診察では", "当院では", "治療の前に"];
const CHECKS = ["問診", "血液検査", "画像検査", "触診", "視診", "超音波検査", "レントゲン検査", "カウンセリング", "写真撮影", "生活習慣の聞き取り"];
const STAFF = ["医師", "看護師", "歯科衛生士", "理学療法士", "管理栄養士", "カウンセラー", "受付スタッフ", "専門医"];
const FEELINGS = ["不安", "疑問", "心配", "迷い", "ご希望", "ご質問"];
const DAYS = ["月曜", "火曜", "水曜", "木曜", "金曜", "土曜"];

// Plain explanatory sentences: {T} treatment, {S} symptom, {P} body part, {C} cause, {R} risk,
// {D} department, {X} any other slot filled from the lists above.
const PLAIN = [
  "{S}は{C}によって起こることが多く、{PEOPLE}に比較的よくみられます。",
  "{SEASON}になると{S}を訴えて来院される方が増える傾向があります。",
  "{S}の原因はひとつではなく、{C}や{C2}などが重なっていることもあります。",
  "{ADV}、{S}の程度や経過には個人差があるため、{CHECK}で状態を確かめてから治療を考えます。",
  "{T}は、{P}の状態や生活スタイルに合わせて回数や間隔を調整します。",
  "{S}が続くと、日常生活のちょっとした動作にも影響が出ることがあります。",
  "{ADV}、{HABIT}ことも{S}の予防に役立つといわれています。",
  "{T}を受けた後は、{R}が{TIME}続くことがあります。",
  "{CHECK}の結果をもとに、{STAFF}が治療の選択肢をご説明します。",
  "{T}のほかにも、{T2}や生活習慣の見直しなど、いくつかの方法があります。",
  "{P}に{S}がある場合、まずは原因となっている病気がないかを調べます。",
  "{S}について{FEEL}がある方は、{DAY}日の午後の外来でもご相談いただけます。",
  "{ADV}、{T}は保険が適用されない自由診療となる場合があります。",
  "治療を始める前に、{R}や{R2}などの起こりうる症状について{STAFF}からご説明します。",
  "{PEOPLE}は、{C}が{S}のきっかけになることが少なくありません。",
  "{T}の効果の現れ方には個人差があり、{TIME}で変化を感じる方もいれば、もう少しかかる方もいます。",
  "{S}は放置しても自然に落ち着くことがありますが、長引く場合は受診をおすすめします。",
  "当院の{D}では、{CHECK}と{CHECK2}を組み合わせて状態を確認しています。",
  "{T}の費用や通院の回数は、{CHECK}のあとで具体的にお伝えします。",
  "{SEASON}は{C}の影響を受けやすく、{P}の不調を感じやすい時期です。",
  "{HABIT}ことと{HABIT2}ことを、無理のない範囲で続けてみてください。",
  "{T}が向いているかどうかは、{S}の程度やほかの病気の有無によって変わります。",
  "{R}が強く出た場合や長引く場合は、早めに当院へご連絡ください。",
  "{PEOPLE}からは、通院の頻度についてのご質問を多くいただきます。",
  "{S}と似た症状がほかの病気で起こることもあるため、自己判断は禁物です。",
  "{ADV}、{T}には{R}や{R2}などのリスクがあり、治療の前に同意書をいただいています。",
  "{P}の状態は{TIME}ごとに{CHECK}で確認し、必要に応じて治療の内容を見直します。",
  "{C}が関係している場合は、{HABIT}ことで{S}が和らぐこともあります。",
  "初めての方は、{CHECK}に時間がかかるため、予約の時間より少し早めにお越しください。",
  "{T}は{TIME}おきに行うのが一般的ですが、体調によって間隔を調整します。",
  "{D}の外来は予約制で、{DAY}日と{DAY2}日は午後も診療しています。",
  "{S}の治療では、{T}だけでなく、日頃の過ごし方を見直すことも大切です。",
  "{STAFF}と{STAFF2}が連携して、治療の前後の経過を確認します。",
  "{T}を検討している方は、持病や服用中のお薬を{CHECK}のときにお知らせください。",
  "{P}の{S}は、{C}と{C2}の両方が関係していることがよくあります。",
  "{ADV}、{S}がある方が必ずしも治療を必要とするわけではありません。",
  "{T}の後は、当日の激しい運動や長時間の入浴を控えていただきます。",
  "症状が軽いうちに相談すると、{T}以外の選択肢も含めて検討しやすくなります。",
  "{SEASON}から{S}が気になり始めたという方は、{CHECK}で原因を確かめましょう。",
  "{T}の仕組みや期待できる範囲について、図を使ってわかりやすくご説明します。",
  "当院では{T}の前に{CHECK}を行い、{R}が起こりにくいよう準備しています。",
  "{S}で受診された方のなかには、{C}に気づいていなかったという方もいます。",
  "{PEOPLE}は、{HABIT}ことを意識するだけでも{P}の負担が変わってきます。",
  "検査の結果によっては、{T}ではなく専門の医療機関をご紹介することもあります。",
  "{T}の効果は永続的なものではなく、{TIME}ごとに状態を確認しながら続けます。",
  "{ADV}、{R}がみられた場合には、{STAFF}が経過を確認して必要な処置を行います。"
];

// Long sentences joining two clauses, as columns often do.
const LONG = [
  "{S}に悩んで来院される{PEOPLE}の多くは、{C}や{C2}が重なって症状が長引いているため、{CHECK}で原因を丁寧に確かめたうえで、{T}を含めた治療の選択肢とそれぞれの費用や{R}などのリスクをご説明し、納得していただいてから治療を始めるようにしています。",
  "{SEASON}は{C}の影響で{P}の不調を感じやすくなりますが、{HABIT}ことや{HABIT2}ことを続けると症状が軽くなる方も多く、それでも改善しない場合には{T}や{T2}などの治療を組み合わせて、{TIME}ごとに経過を確認しながら進めていきます。",
  "{T}は{P}に直接はたらきかける治療ですが、効果の現れ方や持続する期間には個人差があり、{R}や{R2}が{TIME}続くこともあるため、当院では{CHECK}の結果と患者様のご希望をうかがったうえで、回数や間隔を一緒に決めています。",
  "{ADV}、{S}の治療は一度で終わるものではなく、{C}をできるだけ減らす生活の工夫と、{T}のような医療機関での治療を並行して続けることが大切で、{STAFF}が通院のたびに状態を確認し、必要に応じて治療の内容を見直します。",
  "{D}では、{S}や{S2}でお困りの方に向けて、{CHECK}から治療、{TIME}後の経過観察までを同じ医師が担当する体制をとっており、治療を受けるかどうかを決める前に、費用やリスクについて何度でもご相談いただけます。"
];

// Sentences the preset flags (its dictionary and context rules), worded as sloppy sites do.
const FLAGGED = [
  "{CLINIC}の{T}は、{P}の{S}を根本から改善します。",
  "{CLINIC}の{T}は、{PEOPLE}でも{R}などの副作用の心配はありません。",
  "今なら{CLINIC}の{T}が初回限定で半額になり、{PEOPLE}にもご好評です。",
  "{T}なら{PEOPLE}の{S}も必ず治ります。",
  "{PLACE}エリアで日本一の症例数を誇る{CLINIC}の{D}です。",
  "{CLINIC}の{T}は、{PEOPLE}にも痛みもダウンタイムもない安心・安全な治療です。",
  "{CLINIC}で{T}を受けた{PEOPLE}の満足度は{PCT}%です。",
  "最先端の{T}で、{P}の{S}に劇的な変化を実感できます。",
  "{T}を受けた{PEOPLE}の9割以上が{S}の改善を実感しています。",
  "厚生労働省も認めた{T}を{CLINIC}で導入しています。",
  "期間限定で{CLINIC}の{T}が{NUM}%OFFになるキャンペーンを実施中です。",
  "{CLINIC}で{T}を受けてから、{P}の{S}がすっかり気にならなくなりました。",
  "{T}で{PEOPLE}の{S}とはもうさよならしましょう。",
  "{CLINIC}の{T}は一度受ければ{P}への効果が永久に続きます。",
  "{S}に悩む{PEOPLE}に最適な治療を{CLINIC}がご提供します。",
  "芸能人も通う{CLINIC}の{D}として、{SEASON}にテレビでも話題になりました。",
  "{P}の{S}に対する{T}の効果は研究で証明されています。",
  "{CLINIC}では他院より安い料金で{T}を受けられ、{PEOPLE}にも人気です。",
  "{T}なら、たった1回の施術で{P}の{S}が目立たなくなります。",
  "{T}は{PEOPLE}の{S}に確実に効果が出る治療法です。"
];

// Near misses the preset must clear: negations, risk statements, explanations of the rules.
const NEAR_MISS = [
  "{T}で{PEOPLE}の{S}が必ず治るわけではありません。",
  "{T}にも副作用がないわけではなく、{P}に{R}が出ることがあります。",
  "{SEASON}は「根本から治す」「絶対に安全」とうたう{D}の広告に注意が必要です。",
  "{T}の効果には個人差があり、{S}のある{PEOPLE}すべてに同じ結果が出るとは限りません。",
  "{CLINIC}では、{T}の期間限定の割引やキャンペーンは行っていません。",
  "{T}は最新の治療ではありませんが、{S}に対して長く使われてきた方法です。",
  "{P}の{S}の根本的な原因を調べるために、{CHECK}を行います。",
  "{T}の前には、必ず{CHECK}と{CHECK2}を受けていただきます。"
];

const TITLES = [
  "{S}の原因と{T}について",
  "{SEASON}に増える{S}:{D}からのアドバイス",
  "{T}とは?{S}の治療の選び方",
  "{PEOPLE}の{S}と{T}",
  "{S}でお悩みの方へ:{T}の流れと費用",
  "知っておきたい{S}の話と{T}のこと",
  "{P}の{S}はなぜ起こる?{T}の基礎知識"
];
const SECTION_HEADINGS = {
  about: ["{S}とは", "{S}が起こるしくみ", "{P}の{S}について", "{S}の主な原因", "{S}の特徴と原因"],
  causes: ["{S}のきっかけになりやすいこと", "{S}を招く{P}まわりの要因", "{PEOPLE}に多い{S}の要因", "{S}と関係する生活習慣"],
  treatment: ["当院の{T}", "{T}の特徴", "{S}に対する{T}", "{T}の進め方", "{D}で行う{T}"],
  flow: ["{T}の流れ", "{T}を受けるまでの手順", "初診から{T}までの流れ", "{T}当日の流れ"],
  price: ["{T}の費用", "{T}の料金の目安", "{T}にかかる費用", "{T}の料金表"],
  risk: ["{T}のリスクと副作用", "{T}で起こりうること", "{T}の注意点", "{T}の副作用について"],
  faq: ["{T}のよくある質問", "{S}についてのQ&A", "{T}についてよくいただくご質問"],
  closing: ["まとめ:{S}と{T}", "{S}でお悩みの{PEOPLE}へ", "{CLINIC}からのお知らせ", "{T}を検討中の{PEOPLE}へ", "さいごに:{P}の{S}について"]
};
const LIST_ITEMS = [
  "{C}が続いている",
  "{SEASON}に{S}が強くなる",
  "{P}に違和感がある",
  "{HABIT}ことが難しい",
  "{T2}を試したが変化を感じにくい",
  "{S}のせいで{DAY}日の仕事に集中しにくい",
  "{PEOPLE}で{C}に心当たりがある",
  "{P}の{S}が{TIME}以上続いている"
];
const STEPS = [
  "{CHECK}で{P}の状態を確認します",
  "{STAFF}が{T}の内容と費用をご説明します",
  "同意書に署名をいただいてから{T}を行います",
  "{T}の後は{TIME}ほど院内で様子をみます",
  "{TIME}後に{CHECK2}で経過を確認します",
  "{R}の有無を{STAFF}がお電話で確認します",
  "次回の予約は{CHECK}の結果をみて決めます"
];
const QUESTIONS = [
  "{T}は痛みがありますか?",
  "{T}は何回くらい通う必要がありますか?",
  "{T}の後、{DAY}日から仕事に行けますか?",
  "{S}があっても{T}を受けられますか?",
  "{T}と{T2}はどちらがよいですか?",
  "{T}に保険は使えますか?"
];
const ANSWERS = [
  "{R}を感じる{PEOPLE}もいますが、程度には個人差があるため、{CHECK}のときに詳しくご説明します。",
  "{S}の程度によって異なりますが、{TIME}おきに数回通院される方が多いです。",
  "多くの方は翌日から普段どおりに過ごしていますが、{R}が出た場合は無理をしないでください。",
  "{C}の状態によっては受けられないことがあるため、まずは{CHECK}で確認します。",
  "目的や{P}の状態によって向き不向きがあるため、{STAFF}と相談して決めましょう。",
  "{T}は自由診療のため保険は使えず、{P}の範囲によって費用が変わるので、目安は料金表をご覧ください。"
];
const TABLE_ITEMS = ["初診料", "再診料", "{CHECK}", "{T}(1回)", "{T}({N}回セット)", "{T2}(1回)", "お薬代({TIME}分)", "麻酔代"];
const CLOSINGS = [
  "{S}のことで気になることがあれば、{D}までお気軽にご相談ください。",
  "{T}を受けるかどうかは、説明を聞いてからゆっくり決めていただいてかまいません。",
  "ご予約はお電話か予約フォームから承っています({CLINIC}、TEL 03-0000-0000)。",
  "{DAY}日と{DAY2}日の夕方は比較的予約が取りやすくなっています。"
];

const CLEAN_ACCESS = [
  "{CLINIC}は{PLACE}駅の{DIR}口から歩いて{N}分の場所にあります。",
  "{DAY}日は午前のみの診療となります。",
  "{SEASON}は受付が混み合うため、お時間に余裕をもってお越しください。",
  "駐車場は建物の裏手に{N}台分をご用意しています。",
  "院内は段差のない造りで、車椅子やベビーカーでもお越しいただけます。",
  "{PLACE}方面からお越しの方は、{BUS}番のバスが便利です。",
  "受付では保険証と診察券をご提示ください。",
  "{MONTH}月{N}日から、{DAY}日の午後の受付時間が変わります。",
  "Web問診を利用すると、受付での待ち時間を短くできます。",
  "お子様連れの方のために、待合室の一角にキッズスペースを設けています。",
  "{MONTH}月の休診日は、院内の掲示とこのページでお知らせします。",
  "電話がつながりにくい時間帯は、予約フォームをご利用ください。",
  "{PLACE}図書館の向かいにある茶色の建物の{FLOOR}階です。",
  "{STAFF}の募集については、採用ページをご覧ください。",
  "年末年始の診療日程は{MONTH}月中旬にこのページでお知らせします。"
];

const PICK_LISTS = {
  SEASON: SEASONS,
  PEOPLE,
  HABIT: HABITS,
  TIME: TIMES,
  ADV: ADVERBS,
  CHECK: CHECKS,
  STAFF,
  FEEL: FEELINGS,
  DAY: DAYS,
  PLACE: CLINIC_PLACES,
  DIR: ["東", "西", "南", "北", "中央"],
  FLOOR: ["2", "3", "4", "5"],
  MONTH: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"]
};

/**
 * A generator of distinct text. `seed` fixes everything; `seen` (shared across calls) guarantees
 * that no sentence, heading, list item or cell is ever produced twice.
 */
export class CorpusGenerator {
  constructor(seed = 20240601) {
    this.random = rng(seed);
    this.seen = new Set();
    this.serial = 0;
  }

  pick(list) {
    return list[Math.floor(this.random() * list.length)];
  }

  fill(template, topic, clinic) {
    const used = new Map();
    // {X2} never repeats {X} ("乾燥や乾燥"): redraw until it differs.
    return template.replace(/\{([A-Z]+)(2?)\}/g, (_, name, two) => {
      let value = this.slot(name, topic, clinic);
      for (let i = 0; two && i < 10 && value === used.get(name); i++) value = this.slot(name, topic, clinic);
      if (!two) used.set(name, value);
      return value;
    });
  }

  slot(name, topic, clinic) {
    {
      const slot = name;
      switch (slot) {
        case "T": return this.pick(topic.treatments);
        case "S": return this.pick(topic.symptoms);
        case "P": return this.pick(topic.parts);
        case "C": return this.pick(topic.causes);
        case "R": return this.pick(topic.risks);
        case "D": return topic.dept;
        case "CLINIC": return clinic;
        case "N": return String(2 + Math.floor(this.random() * 9));
        case "NUM": return String(10 + 5 * Math.floor(this.random() * 9));
        case "BUS": return String(10 + Math.floor(this.random() * 90));
        case "PCT": return String(90 + Math.floor(this.random() * 10));
        default: {
          const list = PICK_LISTS[slot];
          if (!list) throw new Error(`unknown slot ${slot}`);
          return this.pick(list);
        }
      }
    }
  }

  /** A piece of text never produced before: redraws, then varies the wording if the slots run out. */
  unique(make, vary = (text) => `${this.pick(ADVERBS)}、${text}`) {
    for (let attempt = 0; attempt < 40; attempt++) {
      const text = make();
      if (!this.seen.has(text)) {
        this.seen.add(text);
        return text;
      }
    }
    for (let n = 0; ; n++) {
      const text = n < 8 ? vary(make(), n) : `${make()}(${++this.serial})`;
      if (!this.seen.has(text)) {
        this.seen.add(text);
        return text;
      }
    }
  }

  sentence(kind, topic, clinic) {
    const r = this.random();
    let list = PLAIN;
    if (kind === "body") list = r < 0.125 ? FLAGGED : r < 0.19 ? NEAR_MISS : r < 0.27 ? LONG : PLAIN;
    else if (kind === "short") list = r < 0.125 ? FLAGGED : r < 0.19 ? NEAR_MISS : PLAIN;
    else if (kind === "plain") list = r < 0.1 ? LONG : PLAIN;
    return this.unique(() => this.fill(this.pick(list), topic, clinic));
  }

  paragraph(topic, clinic, count, kind = "body") {
    const sentences = [];
    for (let i = 0; i < count; i++) sentences.push(this.sentence(kind, topic, clinic));
    return sentences.join("");
  }

  heading(kind, topic, clinic) {
    return this.unique(
      () => this.fill(this.pick(SECTION_HEADINGS[kind]), topic, clinic),
      (text) => `${text}(${this.pick(CLINIC_PLACES)}院)`
    );
  }

  item(templates, topic, clinic) {
    return this.unique(() => this.fill(this.pick(templates), topic, clinic), (text) => `${this.pick(PEOPLE)}:${text}`);
  }

  price() {
    const value = (3 + Math.floor(this.random() * 300)) * 1100;
    return `${value.toLocaleString("en-US")}円`;
  }

  /** One column of about `target` characters of Markdown. */
  column(index, target = 3500) {
    const topic = TOPICS[index % TOPICS.length];
    const clinic = `${this.pick(CLINIC_PLACES)}${this.pick(CLINIC_KINDS)}`;
    const title = this.unique(() => this.fill(this.pick(TITLES), topic, clinic), (text) => `${text}(${clinic})`);
    const out = [`# ${title}`, "", this.paragraph(topic, clinic, 3), ""];
    let length = () => out.reduce((n, line) => n + line.length + 1, 0);

    out.push(`## ${this.heading("about", topic, clinic)}`, "", this.paragraph(topic, clinic, 4), "");
    out.push(`## ${this.heading("causes", topic, clinic)}`, "");
    const items = 3 + Math.floor(this.random() * 3);
    for (let i = 0; i < items; i++) out.push(`- ${this.item(LIST_ITEMS, topic, clinic)}`);
    out.push("", this.paragraph(topic, clinic, 2), "");
    out.push(`## ${this.heading("treatment", topic, clinic)}`, "");
    const middle = out.length;
    out.push(this.paragraph(topic, clinic, 3), "");

    out.push(`## ${this.heading("flow", topic, clinic)}`, "");
    const steps = 3 + Math.floor(this.random() * 3);
    for (let i = 0; i < steps; i++) out.push(`${i + 1}. ${this.item(STEPS, topic, clinic)}`);
    out.push("");
    out.push(`## ${this.heading("price", topic, clinic)}`, "");
    const header = () => `| ${this.pick(topic.treatments)}の${this.pick(["項目", "内容", "メニュー", "治療"])} | ${this.pick(["費用", "料金", "金額"])}(${this.pick(["税込", "税込み", "消費税込"])}) |`;
    out.push(this.unique(header, (text) => text.replace(" |", `(${clinic}) |`)), "|---|---|");
    const rows = 3 + Math.floor(this.random() * 3);
    for (let i = 0; i < rows; i++) {
      out.push(this.unique(() => `| ${this.fill(this.pick(TABLE_ITEMS), topic, clinic)} | ${this.price()} |`));
    }
    out.push("", this.paragraph(topic, clinic, 2), "");
    out.push(`## ${this.heading("risk", topic, clinic)}`, "", this.paragraph(topic, clinic, 3, "plain"), "");
    out.push(`## ${this.heading("faq", topic, clinic)}`, "");
    const questions = 1 + Math.floor(this.random() * 2);
    for (let i = 0; i < questions; i++) {
      out.push(`### Q. ${this.item(QUESTIONS, topic, clinic)}`, "", this.item(ANSWERS, topic, clinic), "");
    }
    out.push(`## ${this.heading("closing", topic, clinic)}`, "", this.paragraph(topic, clinic, 2), this.item(CLOSINGS, topic, clinic), "");
    // Grow the treatment section with paragraphs until the column reaches its size.
    const extra = [];
    while (length() + extra.reduce((n, p) => n + p.length + 2, 0) < target) extra.push(this.paragraph(topic, clinic, 3));
    out.splice(middle + 2, 0, ...extra.flatMap((p) => [p, ""]));
    return `${out.join("\n")}`;
  }

  /** A page with no phrase any rule reports: access and news of a clinic. */
  cleanPage(target = 3500) {
    const topic = TOPICS[0];
    const clinic = `${this.pick(CLINIC_PLACES)}${this.pick(CLINIC_KINDS)}`;
    const out = [`# ${clinic}からのお知らせ`, ""];
    let length = 0;
    while (length < target) {
      const paragraph = [];
      for (let i = 0; i < 3; i++) paragraph.push(this.unique(() => this.fill(this.pick(CLEAN_ACCESS), topic, clinic)));
      const text = paragraph.join("");
      out.push(text, "");
      length += text.length + 2;
    }
    return out.join("\n");
  }
}

/** `count` columns, the same on every call with the same seed. */
export function columns(count, { seed = 20240601, chars = 3500 } = {}) {
  const generator = new CorpusGenerator(seed);
  const out = [];
  for (let i = 0; i < count; i++) out.push(generator.column(i, chars));
  return out;
}

/**
 * One Markdown file of `paragraphs` short paragraphs (one distinct sentence each, about 130 bytes):
 * the shape of a long page that must lint in time proportional to its size (15,000 make about 1.8 MB).
 */
export function shortParagraphs(paragraphs, { seed = 7 } = {}) {
  const generator = new CorpusGenerator(seed);
  const out = [];
  for (let i = 0; i < paragraphs; i++) {
    const topic = TOPICS[i % TOPICS.length];
    out.push(generator.paragraph(topic, "中央クリニック", 1, "short"), "");
  }
  return out.join("\n");
}
