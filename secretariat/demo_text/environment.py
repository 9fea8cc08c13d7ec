"""Plan themes of the Environment team (added to the committee by the 2015 MOU)."""

from secretariat.demo_text import PlanTheme, Text3

THEMES: list[PlanTheme] = [
    PlanTheme(
        Text3(
            "Real-time sharing of air quality monitoring data",
            "대기질 측정자료 실시간 공유",
            "空气质量监测数据实时共享",
        ),
        Text3(
            "The two cities' environmental monitoring agencies exchange hourly PM2.5, PM10 and ozone readings from their monitoring stations through a shared data platform, with a joint review each quarter, to improve forecasting and public alerts.",
            "양 도시 환경측정기관이 공동 데이터 플랫폼을 통해 측정소별 초미세먼지(PM2.5)·미세먼지(PM10)·오존 측정자료를 매시간 교환하고, 분기마다 공동 검토를 실시하여 대기질 예보와 시민 경보의 정확도를 높인다.",
            "两市环境监测机构通过共享数据平台逐小时交换各监测站PM2.5、PM10和臭氧监测数据，每季度开展一次联合评估，提高空气质量预报和公众预警的准确性。",
        ),
        "동주시 보건환경연구원",
        "云海市生态环境监测中心",
    ),
    PlanTheme(
        Text3(
            "Joint roadmap to keep annual PM2.5 < 15 µg/m³",
            "연평균 초미세먼지 15µg/m³ 미만 달성을 위한 공동 로드맵",
            "推动PM2.5年均浓度降至15微克/立方米以下的联合路线图",
        ),
        Text3(
            "Dongju and Yunhai draw up a joint roadmap with annual milestones for reducing PM2.5 concentrations below 15 µg/m³, covering transport, industry and heating, and report progress to the committee at each conference.",
            "동주시와 운해시는 교통·산업·난방 부문을 아우르는 연도별 목표를 담아 연평균 초미세먼지 농도를 15µg/m³ 미만으로 낮추기 위한 공동 로드맵을 수립하고, 매 회의 때 위원회에 추진 상황을 보고한다.",
            "东州市与云海市共同制定涵盖交通、工业和供暖领域并设定年度目标的联合路线图，推动PM2.5年均浓度降至15微克/立方米以下，并在每届会议上向委员会报告进展情况。",
        ),
        "동주시 기후환경본부",
        "云海市生态环境局",
    ),
    PlanTheme(
        Text3(
            "Exchange of air quality forecasters and forecasting models",
            "대기질 예보관 교류 및 예보모델 공유",
            "空气质量预报员交流与预报模型共享",
        ),
        Text3(
            "Forecasters from both cities spend two weeks each year at the partner city's forecasting centre to compare numerical models and verification methods, aiming to improve the accuracy of next-day fine dust forecasts.",
            "양 도시 예보관이 매년 2주간 상대 도시 예보센터에 파견되어 수치모델과 검증 방법을 비교하고, 이를 통해 익일 미세먼지 예보의 정확도를 높인다.",
            "两市预报员每年赴对方城市预报中心开展为期两周的交流，比较数值模型和检验方法，提高次日颗粒物污染预报的准确率。",
        ),
        "동주시 대기질통합예보센터",
        "云海市气象局",
    ),
    PlanTheme(
        Text3(
            "Joint research on the sources of fine dust and ozone",
            "미세먼지·오존 발생원 공동 연구",
            "细颗粒物与臭氧来源联合研究",
        ),
        Text3(
            "Research institutes of the two cities conduct a three-year joint study on the sources and secondary formation of fine dust and ozone, publishing an annual report and sharing findings at a joint seminar.",
            "양 도시 연구기관이 미세먼지와 오존의 발생원 및 2차 생성 과정에 대한 3년 공동연구를 수행하고, 매년 보고서를 발간하며 공동 세미나에서 연구 결과를 공유한다.",
            "两市科研机构围绕细颗粒物和臭氧的来源及二次生成机理开展为期三年的联合研究，每年发布研究报告，并在联合研讨会上交流研究成果。",
        ),
        "동주연구원",
        "云海市生态环境保护科学研究院",
    ),
    PlanTheme(
        Text3(
            "Sharing experience on electric buses and low-emission zones",
            "전기버스 및 저배출구역 운영 경험 공유",
            "电动公交推广与低排放区管理经验交流",
        ),
        Text3(
            "Transport and environment departments exchange data and site visits on electric bus fleets, charging infrastructure and low-emission zone enforcement, and prepare a joint good-practice guide within two years.",
            "양 도시 교통 및 환경 부서가 전기버스 운영, 충전 인프라, 저배출구역 단속에 관한 자료를 교환하고 현장을 상호 방문하며, 2년 이내에 공동 우수사례집을 발간한다.",
            "两市交通和生态环境部门就电动公交车队运营、充电基础设施建设和低排放区执法交换数据、开展实地考察，并在两年内编制联合优秀案例汇编。",
        ),
        "동주시 도시교통실",
        "云海市交通委员会",
    ),
    PlanTheme(
        Text3(
            "Construction site dust control practice exchange",
            "공사장 비산먼지 관리 사례 교류",
            "施工工地扬尘治理经验交流",
        ),
        Text3(
            "Inspectors from both cities visit major construction sites in the partner city once a year to compare dust suppression measures, monitoring sensors and penalties, and adopt proven measures in local guidelines.",
            "양 도시 점검 공무원이 매년 한 차례 상대 도시의 대형 공사장을 방문하여 비산먼지 억제 조치, 감시 센서, 과태료 제도를 비교하고, 효과가 검증된 조치를 각자의 지침에 반영한다.",
            "两市执法检查人员每年赴对方城市大型施工工地考察一次，比较扬尘抑制措施、在线监测设备和处罚制度，并将行之有效的做法纳入本市管理规范。",
        ),
        "동주시 대기정책과",
        "云海市住房和城乡建设委员会",
    ),
    PlanTheme(
        Text3(
            "Ecological restoration of urban rivers and streams",
            "도심 하천 생태 복원",
            "城市河道生态修复",
        ),
        Text3(
            "The two cities share planning and monitoring experience from restoring covered and polluted urban streams, hold a technical workshop every two years and compare water quality and biodiversity indicators before and after restoration.",
            "양 도시는 복개·오염된 도심 하천의 복원 사업에서 얻은 계획 및 모니터링 경험을 공유하고, 2년마다 기술 워크숍을 개최하여 복원 전후의 수질과 생물다양성 지표를 비교한다.",
            "两市分享被覆盖和受污染城市河道修复项目的规划与监测经验，每两年举办一次技术研讨会，对比修复前后的水质和生物多样性指标。",
        ),
        "동주시 물순환안전국",
        "云海市水务局",
    ),
    PlanTheme(
        Text3(
            "Technical exchange on wastewater treatment and sludge reuse",
            "하수처리 및 슬러지 재활용 기술 교류",
            "污水处理与污泥资源化技术交流",
        ),
        Text3(
            "Engineers of the two cities' wastewater treatment plants carry out annual reciprocal visits on advanced treatment, energy recovery and sludge reuse, and jointly test one new process at a pilot plant.",
            "양 도시 물재생센터 기술진이 매년 상호 방문하여 고도처리, 에너지 회수, 슬러지 재활용 기술을 교류하고, 시범시설에서 신공정 한 가지를 공동으로 실증한다.",
            "两市污水处理厂技术人员每年开展互访，就深度处理、能源回收和污泥资源化利用进行交流，并在中试厂共同验证一项新工艺。",
        ),
        "동주시 물재생센터",
        "云海城市排水集团有限责任公司",
    ),
    PlanTheme(
        Text3(
            "Smart water network management and drinking water safety",
            "스마트 상수도망 관리 및 먹는 물 안전",
            "智慧供水管网管理与饮用水安全",
        ),
        Text3(
            "Water utilities of Dongju and Yunhai share experience in leak detection, smart meters and real-time water quality monitoring of the supply network, with the aim of cutting water losses and strengthening public trust in tap water.",
            "동주시와 운해시의 상수도 기관이 누수 탐지, 스마트 계량기, 급수망 실시간 수질 감시에 관한 경험을 공유하여 누수량을 줄이고 수돗물에 대한 시민 신뢰를 높인다.",
            "东州市和云海市供水机构就管网漏损检测、智能水表和供水管网水质实时监测交流经验，降低管网漏损率，增强市民对自来水的信任。",
        ),
        "동주시 상수도사업본부",
        "云海市自来水集团",
    ),
    PlanTheme(
        Text3(
            "Household waste sorting and recycling policy exchange",
            "생활폐기물 분리배출 및 재활용 정책 교류",
            "生活垃圾分类与资源回收政策交流",
        ),
        Text3(
            "Officials exchange data and field visits on household waste sorting rules, pay-as-you-throw charging and recycling collection, holding an annual policy seminar to compare sorting rates and costs.",
            "양 도시 공무원이 생활폐기물 분리배출 기준, 종량제, 재활용품 수거에 관한 자료를 교환하고 현장을 방문하며, 매년 정책 세미나를 개최하여 분리배출률과 처리 비용을 비교한다.",
            "两市官员就生活垃圾分类标准、按量计费制度和可回收物收运交换资料并开展实地考察，每年举办一次政策研讨会，比较分类率和处理成本。",
        ),
        "동주시 자원순환과",
        "云海市城市管理委员会",
    ),
    PlanTheme(
        Text3(
            "Food waste reduction and resource recovery",
            "음식물류 폐기물 감량 및 자원화",
            "餐厨垃圾减量与资源化利用",
        ),
        Text3(
            "The two cities share practices in food waste reduction, separate collection and conversion to biogas and compost, and run a two-year joint pilot with selected apartment complexes and restaurants.",
            "양 도시는 음식물류 폐기물의 감량, 분리수거, 바이오가스화·퇴비화 사례를 공유하고, 선정된 공동주택 단지와 음식점을 대상으로 2년간 공동 시범사업을 운영한다.",
            "两市分享餐厨垃圾减量、分类收集以及转化为沼气和堆肥的经验，并选取部分住宅小区和餐馆开展为期两年的联合试点。",
        ),
        "동주시 생활환경과",
        "云海市环境卫生管理事务中心",
    ),
    PlanTheme(
        Text3(
            "Recycling of construction and demolition waste",
            "건설폐기물 재활용 촉진",
            "建筑垃圾资源化利用",
        ),
        Text3(
            "Dongju and Yunhai compare regulations and technologies for sorting and reusing construction and demolition waste, visit recycling plants in each other's city and draft joint recommendations on recycled aggregate standards.",
            "동주시와 운해시는 건설폐기물 선별·재활용 관련 규정과 기술을 비교하고, 상대 도시의 재활용 시설을 방문하며, 순환골재 기준에 관한 공동 권고안을 마련한다.",
            "东州市与云海市比较建筑垃圾分拣和再利用的法规与技术，互访对方城市的资源化处理设施，并共同起草再生骨料标准建议。",
        ),
        "동주시 주택정책실",
        "云海市城市管理委员会",
    ),
    PlanTheme(
        Text3(
            "Citizen campaign to reduce single-use plastics",
            "일회용 플라스틱 줄이기 시민 캠페인",
            "减少一次性塑料制品市民行动",
        ),
        Text3(
            "Both cities run a coordinated citizen campaign each June, around World Environment Day, to reduce single-use plastics in offices, markets and delivery services, and compare participation results afterwards.",
            "양 도시는 매년 6월 세계 환경의 날을 전후하여 사무실, 시장, 배달 서비스의 일회용 플라스틱 사용을 줄이기 위한 시민 캠페인을 공동으로 전개하고, 이후 참여 성과를 비교한다.",
            "两市每年6月围绕世界环境日联合开展市民宣传活动，减少办公场所、农贸市场和外卖服务中一次性塑料制品的使用，并在活动结束后比较参与成效。",
        ),
        "동주시 자원순환과",
        "云海市生态环境宣传中心",
    ),
    PlanTheme(
        Text3(
            "Carbon neutrality strategy dialogue between the two cities",
            "양 도시 탄소중립 전략 정책 대화",
            "两市碳中和战略政策对话",
        ),
        Text3(
            "Senior climate officials meet once a year to compare carbon neutrality targets, sectoral reduction pathways and financing, and agree on one or two joint actions to be reported at the next conference.",
            "양 도시 기후정책 고위 공무원이 매년 한 차례 만나 탄소중립 목표, 부문별 감축 경로, 재원 조달 방안을 비교하고, 차기 회의에 보고할 공동 실천 과제를 한두 건 합의한다.",
            "两市气候领域高级官员每年会晤一次，比较碳中和目标、分领域减排路径和资金保障措施，商定一至两项联合行动并在下届会议上报告。",
        ),
        "동주시 기후환경정책과",
        "云海市生态环境局",
    ),
    PlanTheme(
        Text3(
            "Harmonising greenhouse gas inventory methods",
            "온실가스 인벤토리 산정 방법 조화",
            "温室气体清单编制方法协调",
        ),
        Text3(
            "Technical staff from both cities compare methods for compiling city greenhouse gas inventories, hold a joint training course every year and work towards comparable emission figures for the main sectors.",
            "양 도시 실무진이 도시 온실가스 인벤토리 작성 방법을 비교하고, 매년 공동 교육과정을 운영하여 주요 부문의 배출량을 상호 비교할 수 있도록 한다.",
            "两市技术人员比较城市温室气体清单编制方法，每年联合举办一次培训班，推动主要领域排放数据具有可比性。",
        ),
        "동주시 탄소중립지원센터",
        "云海市应对气候变化管理事务中心",
    ),
    PlanTheme(
        Text3(
            "Adapting to urban heat waves and flooding",
            "폭염·도시홍수 기후변화 적응",
            "城市高温与内涝气候适应",
        ),
        Text3(
            "The two cities exchange heat-wave response plans, flood risk maps and sponge-city measures, and each selects a pilot district to test one adaptation measure from the partner city.",
            "양 도시는 폭염 대응계획, 침수위험지도, 물순환 도시(스펀지 시티) 조치를 교환하고, 각각 시범 자치구를 선정하여 상대 도시의 적응 조치 한 가지를 실증한다.",
            "两市交流高温热浪应对预案、内涝风险图和海绵城市建设措施，各自选定一个试点区，试行对方城市的一项适应措施。",
        ),
        "동주시 안전총괄실",
        "云海市规划和自然资源委员会",
    ),
    PlanTheme(
        Text3(
            "Energy efficiency standards for green and zero-energy buildings",
            "녹색건축 및 제로에너지건축물 에너지효율 기준",
            "绿色建筑与近零能耗建筑能效标准",
        ),
        Text3(
            "Building authorities share green building codes, zero-energy building certification and monitoring data from demonstration buildings, and hold an expert forum every two years to align performance indicators.",
            "양 도시 건축 담당 기관이 녹색건축 기준, 제로에너지건축물 인증제도, 시범 건축물의 모니터링 자료를 공유하고, 2년마다 전문가 포럼을 열어 성능 지표를 조율한다.",
            "两市建筑主管部门分享绿色建筑规范、近零能耗建筑认证制度和示范建筑监测数据，每两年举办一次专家论坛，协调统一性能指标。",
        ),
        "동주시 녹색건축과",
        "云海市住房和城乡建设委员会",
    ),
    PlanTheme(
        Text3(
            "Energy retrofit of public buildings and older housing",
            "공공건축물 및 노후주택 에너지 성능 개선",
            "公共建筑和老旧住宅节能改造",
        ),
        Text3(
            "Dongju and Yunhai exchange financing models and technical guidelines for insulating and retrofitting public buildings and older apartment blocks, and jointly evaluate energy savings in ten pilot buildings.",
            "동주시와 운해시는 공공건축물과 노후 공동주택의 단열 및 에너지 성능 개선을 위한 재원 조달 모델과 기술 지침을 교환하고, 시범 건축물 10개소의 에너지 절감 효과를 공동으로 평가한다.",
            "东州市与云海市交流公共建筑和老旧住宅楼保温及节能改造的融资模式与技术导则，并对十栋试点建筑的节能效果开展联合评估。",
        ),
        "동주에너지공사",
        "云海市机关事务管理局",
    ),
    PlanTheme(
        Text3(
            "Urban forests and green corridor planning",
            "도시숲 및 녹지축 조성 계획",
            "城市森林与绿色廊道规划",
        ),
        Text3(
            "Park and forestry departments share plans for urban forests, green corridors and pocket parks, conduct a joint study tour each autumn and compare tree canopy cover and park access indicators.",
            "양 도시 공원·산림 부서가 도시숲, 녹지축, 소공원 조성 계획을 공유하고, 매년 가을 공동 연수를 실시하며 수관 피복률과 공원 접근성 지표를 비교한다.",
            "两市园林绿化部门分享城市森林、绿色廊道和口袋公园建设规划，每年秋季开展一次联合考察，并比较树冠覆盖率和公园可达性指标。",
        ),
        "동주시 푸른도시국",
        "云海市园林绿化局",
    ),
    PlanTheme(
        Text3(
            "Dongju–Yunhai Friendship Forest tree-planting programme",
            "동주–운해 우호의 숲 나무심기",
            "东州—云海友谊林植树活动",
        ),
        Text3(
            "Citizens, students and officials from both cities plant trees together each spring in a friendship forest, alternating between a site in Dongju and one in Yunhai, with a shared plaque and care plan.",
            "양 도시 시민, 학생, 공무원이 매년 봄 동주와 운해의 부지를 번갈아 가며 우호의 숲에 함께 나무를 심고, 공동 표지석과 관리계획을 마련한다.",
            "两市市民、学生和政府工作人员每年春季轮流在东州和云海的友谊林共同植树，并设立共同纪念标牌、制定养护计划。",
        ),
        "동주시 공원녹지정책과",
        "云海市绿化委员会办公室",
    ),
    PlanTheme(
        Text3(
            "Wetland conservation and migratory bird monitoring",
            "습지 보전 및 철새 모니터링",
            "湿地保护与候鸟监测",
        ),
        Text3(
            "Experts from the two cities survey migratory birds at their main wetlands on agreed dates twice a year, share the counts in a common format and exchange wetland management practices.",
            "양 도시 전문가가 연 2회 합의된 날짜에 주요 습지에서 철새를 조사하고, 공통 양식으로 조사 결과를 공유하며 습지 관리 사례를 교류한다.",
            "两市专家每年两次在商定日期对各自主要湿地的候鸟开展调查，以统一格式共享调查数据，并交流湿地管理经验。",
        ),
        "동주시 자연생태과",
        "云海市湿地保护管理中心",
    ),
    PlanTheme(
        Text3(
            "Environmental education programmes for schools and citizens",
            "학교 및 시민 대상 환경교육 프로그램",
            "面向学校和市民的环境教育项目",
        ),
        Text3(
            "Environmental education centres of the two cities exchange teaching materials and instructors, run a joint online class for pupils each semester and translate selected materials into Korean and Chinese.",
            "양 도시 환경교육센터가 교재와 강사를 교류하고, 학기마다 학생 대상 공동 온라인 수업을 운영하며, 주요 교재를 한국어와 중국어로 번역한다.",
            "两市环境教育中心交流教材和讲师，每学期联合为中小学生开设一次线上课程，并将部分教材译成韩文和中文。",
        ),
        "동주환경교육센터",
        "云海市生态环境宣传中心",
    ),
    PlanTheme(
        Text3(
            "Environmental industry cooperation and technology fair participation",
            "환경산업 협력 및 환경기술 박람회 참가",
            "环保产业合作与环保技术博览会参展",
        ),
        Text3(
            "The two cities help small environmental technology firms join each other's environmental industry fairs in a shared pavilion, and arrange business matching sessions bringing at least ten firms to each fair.",
            "양 도시는 환경기술 중소기업이 상대 도시의 환경산업 박람회에 공동관으로 참가하도록 지원하고, 박람회마다 10개 이상 기업이 참여하는 비즈니스 상담회를 마련한다.",
            "两市支持环保技术中小企业以联合展区形式参加对方城市的环保产业博览会，并组织企业对接洽谈会，每届博览会组织不少于十家企业参加。",
        ),
        "동주기술연구원",
        "云海市商务局",
    ),
    PlanTheme(
        Text3(
            "Rooftop solar and renewable energy in public facilities",
            "공공시설 옥상 태양광 및 신재생에너지 확대",
            "公共设施屋顶光伏与可再生能源推广",
        ),
        Text3(
            "Energy departments share experience in installing rooftop solar panels and heat pumps on public facilities and housing estates, and compare installation costs, output data and citizen participation schemes every year.",
            "양 도시 에너지 부서가 공공시설과 주거단지의 옥상 태양광 및 히트펌프 설치 경험을 공유하고, 매년 설치 비용, 발전량 자료, 시민 참여 제도를 비교한다.",
            "两市能源主管部门交流在公共设施和住宅小区安装屋顶光伏板和热泵的经验，每年比较安装成本、发电数据和市民参与机制。",
        ),
        "동주시 녹색에너지과",
        "云海市发展和改革委员会",
    ),
]
