"""Plan themes of the Economy team of the Dongju–Yunhai joint committee."""

from secretariat.demo_text import PlanTheme, Text3

THEMES: list[PlanTheme] = [
    PlanTheme(
        title=Text3(
            en="Joint investment forum for start-ups in both cities",
            ko="양 도시 스타트업 공동 투자 포럼",
            zh="两市初创企业联合投资论坛",
        ),
        description=Text3(
            en="The economic agencies of Dongju and Yunhai hold an annual investment forum where start-ups from both cities pitch to venture capital firms, aiming to conclude at least ten cross-border investment agreements each year.",
            ko="동주와 운해의 경제 담당 기관이 매년 투자 포럼을 공동 개최하여 양 도시 스타트업이 벤처캐피털을 대상으로 사업 설명회를 갖도록 하고, 매년 10건 이상의 상호 투자 협약 체결을 목표로 한다.",
            zh="东州与云海经济主管部门每年联合举办投资论坛，组织两市初创企业面向风险投资机构开展路演，力争每年促成十项以上跨境投资合作协议。",
        ),
        lead_agency_a="동주창업진흥원",
        lead_agency_b="云海市投资促进局",
    ),
    PlanTheme(
        title=Text3(
            en="Joint R&D fund for smart manufacturing SMEs",
            ko="스마트 제조 중소기업 공동 R&D 기금",
            zh="智能制造中小企业联合研发基金",
        ),
        description=Text3(
            en="The two cities co-finance a joint R&D fund that awards three-year grants to partnerships between Dongju and Yunhai manufacturers, supporting around eight projects per call in automation, robotics and industrial software.",
            ko="양 도시가 공동 출연하는 R&D 기금을 조성하여 동주와 운해 제조기업 간 협력 과제에 3년간 연구비를 지원하며, 매 공모마다 자동화·로봇·산업용 소프트웨어 분야에서 8개 내외의 과제를 선정한다.",
            zh="两市共同出资设立联合研发基金，对东州与云海制造企业的合作项目给予为期三年的资助，每轮征集在自动化、机器人及工业软件领域支持约八个项目。",
        ),
        lead_agency_a="동주테크노파크",
        lead_agency_b="云海市科学技术局",
    ),
    PlanTheme(
        title=Text3(
            en="Reciprocal trade missions of small and medium enterprises",
            ko="중소기업 무역사절단 상호 파견",
            zh="中小企业经贸代表团互访",
        ),
        description=Text3(
            en="Each city sends a trade mission of twenty to thirty SMEs to the other twice a year, with one-to-one business matching sessions arranged by the host city, to expand export contracts in consumer goods and components.",
            ko="양 도시는 매년 두 차례 중소기업 20~30개사로 구성된 무역사절단을 상호 파견하고, 개최 도시가 1:1 비즈니스 상담회를 주선하여 소비재 및 부품 분야의 수출 계약 확대를 도모한다.",
            zh="两市每年互派两批由二十至三十家中小企业组成的经贸代表团，由接待城市安排一对一商务洽谈，推动消费品和零部件领域出口合同的签订。",
        ),
        lead_agency_a="동주시 국제통상과",
        lead_agency_b="云海市商务局",
    ),
    PlanTheme(
        title=Text3(
            en="Dongju consumer goods fair in Yunhai",
            ko="운해 개최 동주 소비재 박람회",
            zh="东州消费品云海展销会",
        ),
        description=Text3(
            en="Dongju holds a five-day consumer goods fair in Yunhai each autumn, presenting cosmetics, food and household products from about eighty local companies, with the aim of securing distribution partners in Yunhai retail chains.",
            ko="동주시는 매년 가을 운해에서 5일간 소비재 박람회를 개최하여 지역 기업 80여 개사의 화장품, 식품, 생활용품을 선보이고, 운해 유통업체와의 판로 확보를 추진한다.",
            zh="东州市每年秋季在云海举办为期五天的消费品展销会，展示约八十家本地企业的化妆品、食品和日用品，推动其与云海零售企业建立分销合作。",
        ),
        lead_agency_a="동주경제진흥원",
        lead_agency_b="云海市贸促会",
    ),
    PlanTheme(
        title=Text3(
            en="Yunhai specialty products week in Dongju department stores",
            ko="동주 백화점 운해 특산품 판촉 주간",
            zh="云海特色产品东州百货推介周",
        ),
        description=Text3(
            en="Yunhai organises a week-long promotion of its tea, silk and food specialties in Dongju department stores every spring, in partnership with local retailers, to raise awareness of Yunhai brands among Korean consumers.",
            ko="운해시는 매년 봄 동주 지역 유통업체와 협력하여 동주 시내 백화점에서 차, 비단, 식품 등 운해 특산품 판촉 주간을 1주일간 운영하고, 한국 소비자의 운해 브랜드 인지도 제고를 도모한다.",
            zh="云海市每年春季与东州本地零售企业合作，在东州百货商店举办为期一周的茶叶、丝绸和食品等特色产品推介周活动，提升云海品牌在韩国消费者中的知名度。",
        ),
        lead_agency_a="동주시 유통상생과",
        lead_agency_b="云海市商务局",
    ),
    PlanTheme(
        title=Text3(
            en="Cross-border e-commerce platform for small sellers",
            ko="소규모 판매자를 위한 국경 간 전자상거래 플랫폼",
            zh="面向小微商户的跨境电子商务平台",
        ),
        description=Text3(
            en="The two cities build a shared online platform that helps small sellers list products in each other's markets, covering customs guidance, logistics partners and payment services, with the goal of onboarding 500 companies within three years.",
            ko="양 도시는 소규모 판매자가 상대 도시 시장에 상품을 등록할 수 있도록 통관 안내, 물류 협력사, 결제 서비스를 아우르는 공동 온라인 플랫폼을 구축하고, 3년 내 500개 기업 입점을 목표로 한다.",
            zh="两市共建线上合作平台，为小微商户进入对方市场提供通关指引、物流合作和支付服务，力争三年内入驻企业达到五百家。",
        ),
        lead_agency_a="동주시 디지털경제과",
        lead_agency_b="云海市电子商务促进中心",
    ),
    PlanTheme(
        title=Text3(
            en="Secondment of officials between economic policy departments",
            ko="경제정책 부서 간 공무원 상호 파견",
            zh="经济政策部门公务员互派挂职",
        ),
        description=Text3(
            en="Each city seconds two mid-level economic policy officials to the other for six months every year, so that both administrations gain first-hand knowledge of investment procedures and industrial policy.",
            ko="양 도시는 매년 경제정책 분야 중간관리자급 공무원 2명을 6개월간 상호 파견하여 상대 도시의 투자 절차와 산업정책에 대한 실무 이해를 높인다.",
            zh="两市每年互派两名经济政策领域的中层公务员赴对方市政府挂职六个月，深入了解对方的投资程序和产业政策。",
        ),
        lead_agency_a="동주시 경제정책실",
        lead_agency_b="云海市发展和改革委员会",
    ),
    PlanTheme(
        title=Text3(
            en="Joint tourism packages linking Dongju and Yunhai",
            ko="동주·운해 연계 공동 관광상품 개발",
            zh="东州—云海联合旅游产品开发",
        ),
        description=Text3(
            en="The tourism agencies of both cities design joint travel packages combining visits to Dongju and Yunhai and market them to Southeast Asian travellers through shared campaigns at two international travel fairs a year.",
            ko="양 도시 관광 담당 기관은 동주와 운해를 연계한 공동 관광상품을 개발하고, 연 2회 국제관광박람회에서 공동 홍보를 실시하여 동남아시아 관광객 유치를 추진한다.",
            zh="两市旅游主管部门联合开发串联东州与云海的旅游线路产品，每年在两场国际旅游展会上开展联合推介，吸引东南亚游客。",
        ),
        lead_agency_a="동주관광공사",
        lead_agency_b="云海市文化和旅游局",
    ),
    PlanTheme(
        title=Text3(
            en="Investment promotion desks in each other's city",
            ko="상대 도시 내 투자유치 상담창구 설치",
            zh="在对方城市设立投资促进服务窗口",
        ),
        description=Text3(
            en="Each city opens a permanently staffed investment promotion desk inside the other's business support centre to advise companies on market entry, incorporation and available incentives.",
            ko="양 도시는 상대 도시 기업지원센터 내에 투자유치 상담창구를 상시 운영하여 시장 진출, 법인 설립, 투자 인센티브에 관한 상담을 제공한다.",
            zh="两市在对方城市企业服务中心内设立常驻投资促进服务窗口，为企业提供市场准入、公司注册和优惠政策等咨询服务。",
        ),
        lead_agency_a="동주시 투자유치과",
        lead_agency_b="云海市投资促进局",
    ),
    PlanTheme(
        title=Text3(
            en="Smart city technology pilot projects in both cities",
            ko="양 도시 스마트시티 기술 시범사업",
            zh="两市智慧城市技术试点项目",
        ),
        description=Text3(
            en="Companies from both cities jointly run pilot projects in smart parking, traffic signal control and energy metering in one district of each city, with results reviewed after two years to decide on wider deployment.",
            ko="양 도시 기업이 각 도시의 1개 구에서 스마트 주차, 교통신호 제어, 에너지 계량 분야 시범사업을 공동 수행하고, 2년 후 성과를 평가하여 확대 적용 여부를 결정한다.",
            zh="两市企业在各自一个城区联合开展智慧停车、交通信号控制和能源计量试点项目，两年后评估成效并决定是否推广应用。",
        ),
        lead_agency_a="동주시 스마트도시정책관",
        lead_agency_b="云海市大数据管理局",
    ),
    PlanTheme(
        title=Text3(
            en="Fintech forum and cross-border mobile payment pilot",
            ko="핀테크 포럼 및 국경 간 모바일 결제 시범사업",
            zh="金融科技论坛及跨境移动支付试点",
        ),
        description=Text3(
            en="Dongju and Yunhai hold a fintech forum every two years bringing together banks, payment providers and regulators, with a view to launching a pilot cross-border mobile payment service for tourists.",
            ko="동주와 운해는 은행, 결제서비스 사업자, 감독기관이 참여하는 핀테크 포럼을 격년으로 개최하고, 관광객 대상 국경 간 모바일 결제 시범 서비스 도입을 추진한다.",
            zh="东州与云海每两年举办一次金融科技论坛，邀请银行、支付机构和监管部门参加，推动面向游客的跨境移动支付试点服务落地。",
        ),
        lead_agency_a="동주시 금융정책과",
        lead_agency_b="云海市地方金融管理局",
    ),
    PlanTheme(
        title=Text3(
            en="Youth entrepreneurship camp alternating between the two cities",
            ko="양 도시 순회 청년 창업캠프",
            zh="两市轮流举办青年创业训练营",
        ),
        description=Text3(
            en="Each summer the two cities host a ten-day entrepreneurship camp for forty young founders, alternating between Dongju and Yunhai, combining mentoring, company visits and a final pitch competition with seed prizes.",
            ko="양 도시는 매년 여름 동주와 운해를 번갈아 가며 청년 창업가 40명이 참여하는 10일간의 창업캠프를 개최하고, 멘토링, 기업 방문, 초기 사업자금을 시상하는 최종 경진대회를 진행한다.",
            zh="两市每年夏季在东州和云海轮流举办为期十天的青年创业训练营，组织四十名青年创业者参加导师辅导、企业参访和设有种子奖金的路演大赛。",
        ),
        lead_agency_a="동주시 청년정책과",
        lead_agency_b="共青团云海市委",
    ),
    PlanTheme(
        title=Text3(
            en="Dongju–Yunhai port and air cargo logistics corridor",
            ko="동주–운해 항만·항공 물류회랑 구축",
            zh="东州—云海港航物流通道建设",
        ),
        description=Text3(
            en="The port and airport authorities of both cities coordinate schedules, share cargo data and jointly market a Dongju–Yunhai logistics corridor, aiming to cut average freight transit time between the cities by twenty per cent.",
            ko="양 도시 항만 및 공항 운영기관이 운항 일정을 조정하고 화물 정보를 공유하며 동주–운해 물류회랑을 공동 마케팅하여, 양 도시 간 평균 화물 운송 시간을 20% 단축하는 것을 목표로 한다.",
            zh="两市港口和机场运营机构协调航线班期、共享货运数据，联合推广东州—云海物流通道，力争将两市间货物平均运输时间缩短百分之二十。",
        ),
        lead_agency_a="동주항만공사",
        lead_agency_b="云海市交通运输局",
    ),
    PlanTheme(
        title=Text3(
            en="Twinning of industrial parks in Dongju and Yunhai",
            ko="동주·운해 산업단지 자매결연",
            zh="东州与云海产业园区结为友好园区",
        ),
        description=Text3(
            en="A designated industrial park in each city signs a twinning agreement to exchange management know-how, host reciprocal visits of tenant companies twice a year and offer soft-landing office space to firms from the partner city.",
            ko="각 도시의 지정 산업단지가 자매결연 협약을 체결하여 운영 노하우를 교류하고, 연 2회 입주기업 상호 방문을 실시하며, 상대 도시 기업에 소프트랜딩 사무공간을 제공한다.",
            zh="两市各指定一个产业园区签订友好园区协议，交流园区管理经验，每年组织两次入驻企业互访，并为对方城市企业提供落地孵化办公空间。",
        ),
        lead_agency_a="동주시 산업입지과",
        lead_agency_b="云海高新技术产业开发区管理委员会",
    ),
    PlanTheme(
        title=Text3(
            en="Biohealth cluster cooperation on clinical research and devices",
            ko="바이오헬스 클러스터 간 임상연구 및 의료기기 협력",
            zh="生物健康产业集群临床研究与医疗器械合作",
        ),
        description=Text3(
            en="Biohealth clusters in Dongju and Yunhai set up a joint working group that meets quarterly to connect researchers, hospitals and pharmaceutical companies, supporting joint clinical research and the co-development of medical devices.",
            ko="동주와 운해의 바이오헬스 클러스터가 공동 실무단을 구성하여 분기별로 회의를 열고, 연구자·병원·제약기업을 연계하여 공동 임상연구와 의료기기 공동개발을 지원한다.",
            zh="东州与云海生物健康产业集群成立联合工作组，每季度召开会议，对接科研人员、医院和制药企业，支持联合临床研究和医疗器械共同开发。",
        ),
        lead_agency_a="동주바이오산업진흥원",
        lead_agency_b="云海生物医药产业园管理委员会",
    ),
    PlanTheme(
        title=Text3(
            en="Exchange of agricultural technology and premium produce",
            ko="농업기술 및 고품질 농산물 교류",
            zh="农业技术与优质农产品交流",
        ),
        description=Text3(
            en="The agricultural departments of both cities exchange delegations of farmers and technicians every year and organise tasting events for premium fruit and tea, with a view to opening each market to the other's certified produce.",
            ko="양 도시 농업 부서는 매년 농업인과 기술자 대표단을 교환하고 고품질 과일과 차의 시식 행사를 개최하여, 상대 도시 시장에 인증 농산물 판로를 개척한다.",
            zh="两市农业部门每年互派农民和技术人员代表团，举办优质水果和茶叶品鉴活动，推动认证农产品进入对方市场。",
        ),
        lead_agency_a="동주시 농업기술센터",
        lead_agency_b="云海市农业农村局",
    ),
    PlanTheme(
        title=Text3(
            en="Hydrogen industry cooperation and fuel-cell bus pilot",
            ko="수소산업 협력 및 수소버스 시범운행",
            zh="氢能产业合作及燃料电池公交车试运行",
        ),
        description=Text3(
            en="Dongju and Yunhai cooperate on hydrogen industry development through joint standards research and a pilot in which each city operates five fuel-cell buses supplied by the partner city's manufacturers for two years.",
            ko="동주와 운해는 수소산업 육성을 위해 표준 공동연구를 추진하고, 각 도시가 상대 도시 제조사의 수소연료전지 버스 5대를 2년간 시범 운행한다.",
            zh="东州与云海围绕氢能产业发展开展标准联合研究，并由两市各引进对方城市企业生产的五辆燃料电池公交车试运行两年。",
        ),
        lead_agency_a="동주시 에너지산업과",
        lead_agency_b="云海市能源局",
    ),
    PlanTheme(
        title=Text3(
            en="Co-production grants for game, animation and webtoon companies",
            ko="게임·애니메이션·웹툰 기업 공동제작 지원",
            zh="游戏、动漫和网络漫画企业合作制作资助",
        ),
        description=Text3(
            en="The content industry agencies of both cities run an annual matching programme for game, animation and webtoon companies, offering co-production grants to up to six joint projects and showcasing results at each city's content fair.",
            ko="양 도시 콘텐츠산업 진흥기관은 게임, 애니메이션, 웹툰 기업 간 연례 매칭 프로그램을 운영하여 최대 6개 공동제작 과제에 제작비를 지원하고, 그 성과를 각 도시의 콘텐츠 박람회에서 선보인다.",
            zh="两市文化产业促进机构每年为游戏、动漫和网络漫画企业举办对接活动，资助最多六个合作制作项目，并在两市各自的数字内容博览会上展示成果。",
        ),
        lead_agency_a="동주콘텐츠진흥원",
        lead_agency_b="云海市文化产业发展中心",
    ),
    PlanTheme(
        title=Text3(
            en="Joint annual report on economic exchanges between the cities",
            ko="양 도시 경제교류 공동 연례보고서 발간",
            zh="两市经贸往来年度联合报告",
        ),
        description=Text3(
            en="The economic research institutes of Dongju and Yunhai publish a joint annual report on trade, investment and tourism flows between the two cities, providing shared data for the committee's planning.",
            ko="동주와 운해의 경제연구기관은 양 도시 간 교역, 투자, 관광 흐름을 분석한 공동 연례보고서를 발간하여 위원회의 사업 기획에 필요한 공동 자료를 제공한다.",
            zh="东州与云海经济研究机构每年联合发布两市间贸易、投资和旅游往来年度报告，为联合委员会的规划工作提供共享数据。",
        ),
        lead_agency_a="동주연구원",
        lead_agency_b="云海市社会科学院",
    ),
    PlanTheme(
        title=Text3(
            en="Sharing of practices for traditional market revitalisation",
            ko="전통시장 활성화 사례 공유",
            zh="传统市场振兴经验交流",
        ),
        description=Text3(
            en="Merchants' associations and market managers from both cities visit each other once a year to share practices in modernising traditional markets, such as night markets, digital payment and shared delivery services.",
            ko="양 도시 상인회와 시장 운영자가 매년 한 차례 상호 방문하여 야시장, 디지털 결제, 공동 배송 서비스 등 전통시장 현대화 사례를 공유한다.",
            zh="两市商户协会和市场管理者每年互访一次，交流夜市、数字支付和共同配送等传统市场现代化改造经验。",
        ),
        lead_agency_a="동주시 민생경제과",
        lead_agency_b="云海市商务局",
    ),
    PlanTheme(
        title=Text3(
            en="Intellectual property protection support for companies entering partner markets",
            ko="상대 시장 진출 기업 지식재산권 보호 지원",
            zh="赴对方市场企业知识产权保护服务",
        ),
        description=Text3(
            en="The two cities set up a joint help desk and hold seminars twice a year on trademark registration and counterfeit prevention, helping companies protect their brands when entering the partner city's market.",
            ko="양 도시는 공동 지원창구를 설치하고 연 2회 상표 등록 및 위조품 방지에 관한 설명회를 개최하여, 상대 도시 시장에 진출하는 기업의 브랜드 보호를 지원한다.",
            zh="两市设立联合服务窗口，每年举办两次商标注册和打击假冒商品专题讲座，帮助进入对方市场的企业保护自身品牌。",
        ),
        lead_agency_a="동주지식재산센터",
        lead_agency_b="云海市知识产权局",
    ),
    PlanTheme(
        title=Text3(
            en="Paid internships for graduates in partner-city companies",
            ko="대학 졸업생 상대 도시 기업 유급 인턴십",
            zh="高校毕业生赴对方城市企业带薪实习",
        ),
        description=Text3(
            en="Each year fifty graduates from each city complete six-month paid internships in companies of the partner city, matched by the employment agencies of both sides, to build a pool of bilingual talent for bilateral business.",
            ko="매년 각 도시의 대학 졸업생 50명이 상대 도시 기업에서 6개월간 유급 인턴십을 수행하며, 양측 고용지원기관이 매칭을 담당하여 양 도시 경제교류에 필요한 이중언어 인재를 양성한다.",
            zh="两市每年各选派五十名高校毕业生到对方城市企业进行为期六个月的带薪实习，由双方就业服务机构负责对接，为两市经贸往来培养双语人才。",
        ),
        lead_agency_a="동주시 일자리정책과",
        lead_agency_b="云海市人力资源和社会保障局",
    ),
    PlanTheme(
        title=Text3(
            en="Joint bids to host international conferences",
            ko="국제회의 공동 유치",
            zh="国际会议联合申办",
        ),
        description=Text3(
            en="The convention bureaus of Dongju and Yunhai share information on international association meetings and prepare joint bids, aiming to bring at least two rotating regional conferences to the cities each year.",
            ko="동주와 운해의 컨벤션뷰로는 국제협회 회의 정보를 공유하고 공동 유치 제안을 추진하여, 순회 개최되는 지역 국제회의를 매년 2건 이상 양 도시에 유치하는 것을 목표로 한다.",
            zh="东州与云海会议局共享国际协会会议信息并开展联合申办，力争每年将至少两场轮值举办的区域性国际会议引入两市。",
        ),
        lead_agency_a="동주컨벤션뷰로",
        lead_agency_b="云海市会展业促进中心",
    ),
    PlanTheme(
        title=Text3(
            en="Artificial intelligence industry cooperation network",
            ko="인공지능 산업 협력 네트워크",
            zh="人工智能产业合作网络",
        ),
        description=Text3(
            en="Research institutes and AI companies from both cities form a cooperation network that holds an annual technology conference and runs joint proof-of-concept projects in manufacturing and public services.",
            ko="양 도시의 연구기관과 인공지능 기업이 협력 네트워크를 구성하여 매년 기술 콘퍼런스를 개최하고, 제조업과 공공서비스 분야에서 공동 실증사업을 추진한다.",
            zh="两市科研院所和人工智能企业组建合作网络，每年举办技术大会，并在制造业和公共服务领域联合开展概念验证项目。",
        ),
        lead_agency_a="동주정보산업진흥원",
        lead_agency_b="云海市工业和信息化局",
    ),
    PlanTheme(
        title=Text3(
            en="Joint venture capital fund for innovative start-ups",
            ko="혁신 스타트업 공동 벤처펀드 조성",
            zh="创新型初创企业联合创业投资基金",
        ),
        description=Text3(
            en="Public funds of both cities commit equal shares to a jointly managed venture fund, with private investors invited to match the public capital, investing over ten years in innovative start-ups expanding into both markets.",
            ko="양 도시 공공기금이 동일한 비율로 출자하여 공동 운용하는 벤처펀드를 조성하고, 민간 투자자의 매칭 출자를 유도하여 10년간 양 시장에 진출하는 혁신 스타트업에 투자한다.",
            zh="两市政府引导基金按同等比例出资设立共同管理的创业投资基金，吸引社会资本配套出资，在十年内投资于拓展两地市场的创新型初创企业。",
        ),
        lead_agency_a="동주시 창업벤처과",
        lead_agency_b="云海市财政局",
    ),
    PlanTheme(
        title=Text3(
            en="Exchange of chamber of commerce business delegations",
            ko="상공회의소 경제인 대표단 교류",
            zh="商会企业家代表团交流",
        ),
        description=Text3(
            en="The chambers of commerce of Dongju and Yunhai exchange business delegations each year and hold a joint business council meeting, where members review barriers to trade and submit recommendations to the committee.",
            ko="동주와 운해의 상공회의소는 매년 경제인 대표단을 교환하고 공동 경제협의회를 개최하여 교역 장애 요인을 점검하고 위원회에 정책 건의를 제출한다.",
            zh="东州与云海商会每年互派企业家代表团，召开联合工商理事会会议，梳理贸易壁垒并向联合委员会提交政策建议。",
        ),
        lead_agency_a="동주상공회의소",
        lead_agency_b="云海市工商业联合会",
    ),
    PlanTheme(
        title=Text3(
            en="Certification support for food exporters",
            ko="식품 수출기업 인증 취득 지원",
            zh="食品出口企业认证服务",
        ),
        description=Text3(
            en="The food industry agencies of both cities help producers obtain the certifications required in the partner market, running an annual training course and covering part of the testing costs for about thirty companies.",
            ko="양 도시 식품산업 지원기관은 상대 시장에서 요구되는 인증 취득을 지원하기 위해 연례 교육과정을 운영하고, 30여 개 기업의 시험검사 비용 일부를 지원한다.",
            zh="两市食品产业服务机构帮助生产企业取得对方市场所需认证，每年举办培训课程，并为约三十家企业承担部分检测费用。",
        ),
        lead_agency_a="동주시 식품산업과",
        lead_agency_b="云海市市场监督管理局",
    ),
    PlanTheme(
        title=Text3(
            en="Policy exchange between free trade and free economic zones",
            ko="자유무역시험구·경제자유구역 정책 교류",
            zh="自由贸易试验区与经济自由区政策交流",
        ),
        description=Text3(
            en="Officials managing Yunhai's pilot free trade zone and Dongju's free economic zone meet annually to compare regulatory reforms and investor services, and publish a summary of good practices for both administrations.",
            ko="운해 자유무역시험구와 동주 경제자유구역 관리 공무원들이 매년 회의를 열어 규제 개혁과 투자자 지원 서비스를 비교하고, 양 행정기관을 위한 우수사례 요약집을 발간한다.",
            zh="云海自由贸易试验区与东州经济自由区管理人员每年召开会议，交流监管改革和投资者服务经验，并为两市政府编印优秀实践汇编。",
        ),
        lead_agency_a="동주경제자유구역청",
        lead_agency_b="云海自由贸易试验区管理委员会",
    ),
    PlanTheme(
        title=Text3(
            en="Annual exhibition of senior care products and services",
            ko="고령친화 제품 및 서비스 연례 전시회",
            zh="养老产品和服务年度展览会",
        ),
        description=Text3(
            en="The two cities organise an annual exhibition of ageing-related products and services, alternating venues, and support partnerships between care providers and manufacturers to meet growing demand from older residents.",
            ko="양 도시는 고령친화 제품 및 서비스 전시회를 매년 번갈아 개최하고, 돌봄 서비스 기관과 제조기업 간 협력을 지원하여 증가하는 고령층 수요에 대응한다.",
            zh="两市每年轮流举办养老产品和服务展览会，支持养老服务机构与制造企业开展合作，满足日益增长的老年人需求。",
        ),
        lead_agency_a="동주시 신산업정책과",
        lead_agency_b="云海市民政局",
    ),
    PlanTheme(
        title=Text3(
            en="Joint brand showcase at each city's fashion week",
            ko="양 도시 패션위크 공동 브랜드 쇼케이스",
            zh="两市时装周联合品牌展示",
        ),
        description=Text3(
            en="Designers and fashion brands from each city take part in the other's annual fashion week through a joint showcase of ten brands, supported by buyer meetings to open retail channels in both markets.",
            ko="양 도시 디자이너와 패션 브랜드가 10개 브랜드 공동 쇼케이스 형태로 상대 도시의 연례 패션위크에 참가하고, 바이어 상담회를 통해 양 시장의 유통 판로 개척을 지원한다.",
            zh="两市设计师和时尚品牌以十个品牌联合展示的形式参加对方城市年度时装周，并通过采购商洽谈会拓展两地市场销售渠道。",
        ),
        lead_agency_a="동주디자인진흥원",
        lead_agency_b="云海市服装行业协会",
    ),
]
