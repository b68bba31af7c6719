# Generates src/main/resources/i18n/district(_ko).properties from one table so both languages keep the same keys.
import os
M = [
 ("district.error.unknown", "상권 코드 {0}이(가) 없습니다. 영역 파일이나 해당 상권 자료를 먼저 가져오세요.", "District code {0} is not known. Import the area file or data for that district first."),
 ("district.error.unknownIndustry", "업종 코드 {0}이(가) 없습니다.", "Industry code {0} is not known."),
 ("district.note.fromDong", "상권 자료가 없어 행정동({0}) 값을 씁니다", "no district rows; the value of its 행정동 ({0}) is used"),
 ("district.formula.facilities", "집객시설 종류별 개수 (최근 분기)", "count of each kind of attracting facility (latest quarter)"),
 ("district.metric.SALES", "분기 매출", "Quarterly sales"),
 ("district.metric.SALES_PER_STORE", "점포당 매출", "Sales per store"),
 ("district.metric.SALES_COUNT", "매출 건수", "Number of sales"),
 ("district.metric.STORES", "점포 수", "Stores"),
 ("district.metric.OPEN_RATE", "개업률", "Opening rate"),
 ("district.metric.CLOSE_RATE", "폐업률", "Closing rate"),
 ("district.metric.FRANCHISE_SHARE", "프랜차이즈 비중", "Franchise share"),
 ("district.metric.FLOATING", "유동인구", "Floating population"),
 ("district.metric.RESIDENTS", "상주인구", "Residents"),
 ("district.metric.WORKERS", "직장인구", "Workers"),
 ("district.metric.CHANGE_INDEX", "상권 변화 지표", "Change index"),
 ("district.metric.OP_MONTHS", "평균 영업 기간", "Average operating months"),
 ("district.formula.SALES.total", "당월_매출_금액 합계 (모든 업종)", "sum of 당월_매출_금액 (all industries)"),
 ("district.formula.SALES.industry", "당월_매출_금액", "당월_매출_금액 of the industry"),
 ("district.formula.SALES_PER_STORE.total", "당월_매출_금액 합계 ÷ 점포_수 합계", "sum of 당월_매출_금액 ÷ sum of 점포_수"),
 ("district.formula.SALES_PER_STORE.industry", "당월_매출_금액 ÷ 점포_수", "당월_매출_금액 ÷ 점포_수"),
 ("district.formula.SALES_COUNT.total", "당월_매출_건수 합계 (모든 업종)", "sum of 당월_매출_건수 (all industries)"),
 ("district.formula.SALES_COUNT.industry", "당월_매출_건수", "당월_매출_건수 of the industry"),
 ("district.formula.STORES.total", "점포_수 합계 (모든 업종)", "sum of 점포_수 (all industries)"),
 ("district.formula.STORES.industry", "점포_수", "점포_수 of the industry"),
 ("district.formula.OPEN_RATE.total", "개업_점포_수 합계 ÷ 점포_수 합계 × 100", "sum of 개업_점포_수 ÷ sum of 점포_수 × 100"),
 ("district.formula.OPEN_RATE.industry", "개업_율 (공표값)", "개업_율 as published"),
 ("district.formula.CLOSE_RATE.total", "폐업_점포_수 합계 ÷ 점포_수 합계 × 100", "sum of 폐업_점포_수 ÷ sum of 점포_수 × 100"),
 ("district.formula.CLOSE_RATE.industry", "폐업_률 (공표값)", "폐업_률 as published"),
 ("district.formula.FRANCHISE_SHARE.total", "프랜차이즈_점포_수 합계 ÷ 점포_수 합계 × 100", "sum of 프랜차이즈_점포_수 ÷ sum of 점포_수 × 100"),
 ("district.formula.FRANCHISE_SHARE.industry", "프랜차이즈_점포_수 ÷ 점포_수 × 100", "프랜차이즈_점포_수 ÷ 점포_수 × 100"),
 ("district.formula.FLOATING.total", "총_유동인구_수", "총_유동인구_수"),
 ("district.formula.FLOATING.industry", "총_유동인구_수 (업종과 무관)", "총_유동인구_수 (same for every industry)"),
 ("district.formula.RESIDENTS.total", "총_상주인구_수", "총_상주인구_수"),
 ("district.formula.RESIDENTS.industry", "총_상주인구_수 (업종과 무관)", "총_상주인구_수 (same for every industry)"),
 ("district.formula.WORKERS.total", "총_직장_인구_수", "총_직장_인구_수"),
 ("district.formula.WORKERS.industry", "총_직장_인구_수 (업종과 무관)", "총_직장_인구_수 (same for every industry)"),
 ("district.formula.CHANGE_INDEX.total", "상권_변화_지표 (공표값)", "상권_변화_지표 as published"),
 ("district.formula.CHANGE_INDEX.industry", "상권_변화_지표 (공표값, 업종과 무관)", "상권_변화_지표 as published (same for every industry)"),
 ("district.formula.OP_MONTHS.total", "운영_영업_개월_평균", "운영_영업_개월_평균"),
 ("district.formula.OP_MONTHS.industry", "운영_영업_개월_평균 (업종과 무관)", "운영_영업_개월_평균 (same for every industry)"),
 ("district.change.HH", "정체", "Stagnant"),
 ("district.change.HL", "상권축소", "Shrinking"),
 ("district.change.LH", "상권확장", "Expanding"),
 ("district.change.LL", "다이나믹", "Dynamic"),
 ("district.change.HH.meaning", "가게들이 오래 버티지만 새 가게도 오래가는 안정된 상권입니다. 새로 들어갈 자리가 적을 수 있습니다.", "Shops stay open long and closed ones had long lives: a settled district with few openings."),
 ("district.change.HL.meaning", "오래 영업한 가게가 많지만 새 가게는 빨리 문을 닫습니다. 상권이 줄어드는 신호일 수 있습니다.", "Established shops survive but newcomers close quickly: the district may be shrinking."),
 ("district.change.LH.meaning", "영업 기간이 짧은 새 가게가 많고 폐업한 가게는 오래 버텼습니다. 새 가게가 늘며 커지는 상권입니다.", "Many young shops while closed ones had lasted long: a growing district attracting newcomers."),
 ("district.change.LL.meaning", "가게가 빨리 생기고 빨리 사라집니다. 기회도 위험도 큰 역동적인 상권입니다.", "Shops open and close quickly: a dynamic district with high opportunity and high risk."),
]
FAC = [("subway_station","지하철역","subway stations"),("bus_stop","버스 정거장","bus stops"),("rail_station","철도역","rail stations"),
 ("bus_terminal","버스 터미널","bus terminals"),("airport","공항","airports"),("government","관공서","public offices"),("bank","은행","banks"),
 ("general_hospital","종합병원","general hospitals"),("hospital","일반 병원","hospitals"),("pharmacy","약국","pharmacies"),
 ("kindergarten","유치원","kindergartens"),("elementary","초등학교","elementary schools"),("middle_school","중학교","middle schools"),
 ("high_school","고등학교","high schools"),("university","대학교","universities"),("department_store","백화점","department stores"),
 ("supermarket","슈퍼마켓","supermarkets"),("theater","극장","theatres"),("lodging","숙박 시설","lodging")]
for k,ko,en in FAC: M.append(("district.facility."+k, ko, en))
FEAT = [("FLOATING","유동인구 규모","floating population"),("YOUNG_SHARE","20·30대 유동 비중","share of people in their 20s–30s"),
 ("SENIOR_SHARE","50대 이상 유동 비중","share of people 50+"),("FEMALE_SHARE","여성 유동 비중","share of women"),
 ("LUNCH_SHARE","점심 시간 유동 비중","lunchtime share of people"),("EVENING_SHARE","저녁·밤 유동 비중","evening/night share of people"),
 ("WORKERS","직장인구","workers"),("RESIDENTS","상주인구","residents"),("FACILITIES","집객시설 수","attracting facilities"),
 ("SUBWAY","지하철역 수","subway stations"),("INCOME","평균 소득","average income"),("APT_PRICE","아파트 평균 시가","apartment price level"),
 ("TYPE","상권 유형","district type"),("SALES_PER_STORE","점포당 매출","sales per store")]
for k,ko,en in FEAT: M.append(("district.feature."+k, ko, en))
M += [
 ("customer.error.noSales", "{0}에는 {1} 매출 자료가 없습니다. 추정매출 파일을 가져오세요.", "{0} has no sales data for {1}. Import an estimated-sales (추정매출) file."),
 ("customer.formula.share", "밴드 매출 ÷ 같은 구분 밴드 매출 합계 (추정매출)", "band sales ÷ sum of the bands of the same split (추정매출)"),
 ("customer.formula.seoul", "서울 전체 같은 업종의 밴드 매출 합계 비중 (industry_quarter_kpi)", "share of the band in all Seoul sales of the same industry"),
 ("customer.formula.floating", "길단위인구 밴드 인구 ÷ 같은 구분 합계", "floating people in the band ÷ sum of the bands"),
 ("customer.dimension.WEEK", "주중·주말", "Weekday vs weekend"),
 ("customer.dimension.DAY", "요일", "Day of week"),
 ("customer.dimension.TIME", "시간대", "Time of day"),
 ("customer.dimension.GENDER", "성별", "Gender"),
 ("customer.dimension.AGE", "연령대", "Age"),
]
B = [("weekday","주중","Weekdays"),("weekend","주말","Weekend"),("mon","월","Mon"),("tue","화","Tue"),("wed","수","Wed"),("thu","목","Thu"),
 ("fri","금","Fri"),("sat","토","Sat"),("sun","일","Sun"),("t00_06","00~06시","0–6h"),("t06_11","06~11시","6–11h"),("t11_14","11~14시","11–14h"),
 ("t14_17","14~17시","14–17h"),("t17_21","17~21시","17–21h"),("t21_24","21~24시","21–24h"),("male","남성","Men"),("female","여성","Women"),
 ("age10","10대","10s"),("age20","20대","20s"),("age30","30대","30s"),("age40","40대","40s"),("age50","50대","50s"),("age60","60대 이상","60+")]
for k,ko,en in B: M.append(("customer.band."+k, ko, en))
W = [("male","남성","men"),("female","여성","women"),("age10","10대","in their teens"),("age20","20대","in their 20s"),("age30","30대","in their 30s"),
 ("age40","40대","in their 40s"),("age50","50대","in their 50s"),("age60","60대 이상","aged 60 and over"),
 ("t00_06","심야(0~6시)","late night (0–6h)"),("t06_11","아침(6~11시)","morning (6–11h)"),("t11_14","점심(11~14시)","lunchtime (11–14h)"),
 ("t14_17","오후(14~17시)","afternoon (14–17h)"),("t17_21","저녁(17~21시)","evening (17–21h)"),("t21_24","밤(21~24시)","night (21–24h)")]
for k,ko,en in W: M.append(("customer.who."+k, ko, en))
M += [
 ("customer.summary.main", "주 고객은 {0} {1}", "The main customers are {1} {0}"),
 ("customer.summary.mainOne", "주 고객은 {0}", "The main customers are {0}"),
 ("customer.summary.timeHigher", "{0}, {1} 시간대 매출 비중이 서울 평균보다 {2}%p 높습니다.", "{0}; the {1} share of sales is {2} percentage points above the Seoul average."),
 ("customer.summary.timeLower", "{0}, {1} 시간대 매출 비중이 서울 평균보다 {2}%p 낮습니다.", "{0}; the {1} share of sales is {2} percentage points below the Seoul average."),
 ("customer.summary.peak", "{0}이며, 매출이 가장 많은 시간대는 {1}입니다.", "{0}; most sales happen in the {1} band."),
 ("customer.summary.whoOnly", "{0}입니다.", "{0}."),
 ("customer.summary.noData", "고객 구성을 알 수 있는 매출 자료가 없습니다.", "There are no sales data to describe the customers."),
 ("customer.summary.weekendHigher", "주말 매출 비중은 {0}%로 서울 평균({1}%)보다 높습니다.", "Weekend sales are {0}% of the total, above the Seoul average ({1}%)."),
 ("customer.summary.weekendLower", "주말 매출 비중은 {0}%로 서울 평균({1}%)보다 낮습니다.", "Weekend sales are {0}% of the total, below the Seoul average ({1}%)."),
 ("compare.error.count", "비교할 상권은 {0,number,#}~{1,number,#}곳이어야 합니다 (지금 {2,number,#}곳).", "Compare {0,number,#} to {1,number,#} districts (now {2,number,#})."),
 ("compare.error.industry", "비교할 업종을 고르세요 (--industry).", "Choose the industry to compare (--industry)."),
 ("compare.row.growth", "매출 전년 대비", "Sales vs last year"),
 ("compare.summary.SALES", "매출 규모가 가장 큰 곳은 {0}입니다.", "{0} has the largest sales."),
 ("compare.summary.SALES_PER_STORE", "한 점포가 벌기 가장 좋은 곳(점포당 매출 최고)은 {0}입니다.", "{0} is best for a single shop (highest sales per store)."),
 ("compare.summary.SALES_GROWTH", "매출이 작년보다 가장 많이 늘어난 곳은 {0}입니다.", "{0} grew the most since last year."),
 ("compare.summary.CLOSE_RATE", "폐업률이 가장 낮아 안정적인 곳은 {0}입니다.", "{0} is the most stable (lowest closing rate)."),
 ("compare.summary.FLOATING", "지나다니는 사람이 가장 많은 곳은 {0}입니다 (노출·신규 고객에 유리).", "{0} has the most passers-by (visibility, new customers)."),
 ("compare.summary.WORKERS", "직장인이 가장 많은 곳은 {0}입니다 (평일 점심 수요).", "{0} has the most workers (weekday lunch demand)."),
 ("compare.summary.OP_MONTHS", "가게들이 가장 오래 영업하는 곳은 {0}입니다.", "Shops last longest in {0}."),
 ("compare.summary.overall", "종합하면 {0}이(가) {1,number,#}개 항목에서 가장 좋습니다.", "Overall, {0} is best on {1,number,#} rows."),
 ("compare.summary.none", "비교할 수 있는 숫자가 부족합니다.", "There are not enough numbers to compare."),
 ("health.warn.missing", "{0} 자료에 이 상권이 없습니다", "this district is missing from {0}"),
 ("health.warn.flat", "{0} 값이 분기마다 똑같습니다 (갱신되지 않았을 수 있음)", "{0} values are identical every quarter (possibly not updated)"),
 ("health.warn.column", "{0}의 {1} 열이 {2}", "column {1} of {0} is {2}"),
 ("health.warn.stale", "{0} 최신 자료가 {1}로 {2,number,#}분기 늦습니다", "{0} ends at {1}, {2,number,#} quarters behind"),
 ("health.warn.disagree", "{0} {1} 점포 수가 소상공인 상가정보 {2,number,#}곳, 서울시 {3,number,#}곳으로 다릅니다", "{0} {1}: SEMAS lists {2,number,#} stores, Seoul counts {3,number,#}"),
 ("health.problem.EMPTY", "비어 있습니다", "empty"),
 ("health.problem.ALL_ZERO", "모두 0입니다", "all zero"),
 ("health.problem.CONSTANT", "모든 행에서 같은 값입니다", "the same on every row"),
]
import sys
extra = os.path.join(os.path.dirname(__file__), "district_i18n_extra.py")
if os.path.exists(extra):
    exec(open(extra, encoding="utf-8").read())
keys = [k for k,_,_ in M]
dups = {k for k in keys if keys.count(k) > 1}
assert not dups, dups
base = os.path.join(os.path.dirname(__file__), "..", "src", "main", "resources", "i18n")
def esc(v):
    v = v.replace("\\", "\\\\").replace("\n", "\\n")
    stripped = v.lstrip(" ")
    return "\\ " * (len(v) - len(stripped)) + stripped
for suffix, idx in (("_ko", 1), ("", 2)):
    with open(os.path.join(base, "district" + suffix + ".properties"), "w", encoding="utf-8") as f:
        f.write("# Sanggwon Desk texts: district, customer, compare, health (same keys in district.properties and district_ko.properties)\n")
        for row in M:
            f.write(row[0] + "=" + esc(row[idx]) + "\n")
print(len(M), "keys")
