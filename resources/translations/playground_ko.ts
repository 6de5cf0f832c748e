<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko_KR">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New</source>
        <translation>새로 만들기(&amp;N)</translation>
    </message>
    <message>
        <source>Start a new network (2-2-1 on XOR)</source>
        <translation>새 네트워크를 시작합니다 (XOR의 2-2-1)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a network file</source>
        <translation>네트워크 파일을 엽니다</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>Save the network</source>
        <translation>네트워크를 저장합니다</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>다른 이름으로 저장(&amp;A)…</translation>
    </message>
    <message>
        <source>Save the network under a new name</source>
        <translation>네트워크를 새 이름으로 저장합니다</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>Close the playground</source>
        <translation>플레이그라운드를 닫습니다</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>순전파(&amp;F)</translation>
    </message>
    <message>
        <source>Forward pass: compute net and out of every node (F)</source>
        <translation>순전파: 모든 노드의 net과 out을 계산합니다 (F)</translation>
    </message>
    <message>
        <source>&amp;Backward</source>
        <translation>역전파(&amp;B)</translation>
    </message>
    <message>
        <source>Backward pass: compute every delta and gradient (B)</source>
        <translation>역전파: 모든 델타와 기울기를 계산합니다 (B)</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>업데이트(&amp;U)</translation>
    </message>
    <message>
        <source>Update: the optimizer changes the weights (U)</source>
        <translation>업데이트: 옵티마이저가 가중치를 갱신합니다 (U)</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation>스텝(&amp;S)</translation>
    </message>
    <message>
        <source>Forward, backward and update in one go (S)</source>
        <translation>순전파, 역전파, 업데이트를 한 번에 실행합니다 (S)</translation>
    </message>
    <message>
        <source>Run &amp;epoch</source>
        <translation>에포크 실행(&amp;E)</translation>
    </message>
    <message>
        <source>Train one whole epoch over the training data (E)</source>
        <translation>훈련 데이터 전체로 한 에포크를 학습합니다 (E)</translation>
    </message>
    <message>
        <source>&amp;Check gradients…</source>
        <translation>기울기 검사(&amp;C)…</translation>
    </message>
    <message>
        <source>Compare backprop's ∂E/∂ of every weight and bias with finite differences</source>
        <translation>모든 가중치와 편향에 대해 역전파의 ∂E/∂를 유한 차분과 비교합니다</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>초기화(&amp;R)</translation>
    </message>
    <message>
        <source>Back to the initial weights, epoch 0 (R)</source>
        <translation>초기 가중치, 에포크 0으로 되돌립니다 (R)</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>재생(&amp;P)</translation>
    </message>
    <message>
        <source>Train continuously; press again to pause (Space)</source>
        <translation>계속 학습합니다. 다시 누르면 일시정지합니다 (Space)</translation>
    </message>
    <message>
        <source>Show &amp;weights on edges</source>
        <translation>연결선에 가중치 표시(&amp;W)</translation>
    </message>
    <message>
        <source>Show or hide the numbers on the edges</source>
        <translation>연결선 위의 숫자를 보이거나 숨깁니다</translation>
    </message>
    <message>
        <source>Show the &amp;notes' names</source>
        <translation>강의 노트의 이름 표시(&amp;N)</translation>
    </message>
    <message>
        <source>Name weights and biases as the course notes do: w1 … w8, b1, b2 (N)</source>
        <translation>가중치와 편향을 강의 노트처럼 부릅니다: w1 … w8, b1, b2 (N)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <source>Larger: the numbers show from about 70 % on</source>
        <translation>크게: 약 70 % 이상에서 숫자가 보입니다</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>작게</translation>
    </message>
    <message>
        <source>Zoom to &amp;fit</source>
        <translation>화면에 맞추기(&amp;F)</translation>
    </message>
    <message>
        <source>Fit the whole network in the window</source>
        <translation>네트워크 전체를 창에 맞춥니다</translation>
    </message>
    <message>
        <source>Add &amp;hidden layer</source>
        <translation>은닉층 추가(&amp;H)</translation>
    </message>
    <message>
        <source>Insert a hidden layer before the output layer</source>
        <translation>출력층 앞에 은닉층을 넣습니다</translation>
    </message>
    <message>
        <source>Randomise &amp;weights</source>
        <translation>가중치 무작위화(&amp;W)</translation>
    </message>
    <message>
        <source>Draw new weights with the chosen initialiser</source>
        <translation>선택한 초기화 방법으로 새 가중치를 뽑습니다</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>정보(&amp;A)</translation>
    </message>
    <message>
        <source>About Neural Network Playground</source>
        <translation>Neural Network Playground 정보</translation>
    </message>
</context>
<context>
    <name>ActivationGallery</name>
    <message>
        <source>Sigmoid and ReLU</source>
        <translation>sigmoid와 ReLU</translation>
    </message>
    <message>
        <source>Sigmoid, ReLU, tanh, identity and 1.5x + 1</source>
        <translation>sigmoid, ReLU, tanh, 항등 함수, 1.5x + 1</translation>
    </message>
    <message>
        <source>Activation gallery</source>
        <translation>활성화 함수 모음</translation>
    </message>
    <message>
        <source>Each activation</source>
        <translation>활성화 함수별</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>비교</translation>
    </message>
    <message>
        <source> (central differences: the table has no df)</source>
        <translation> (중앙 차분: 표에 df가 없음)</translation>
    </message>
    <message>
        <source>The notes' plots:</source>
        <translation>강의 노트의 그래프:</translation>
    </message>
</context>
<context>
    <name>BoundaryPlot</name>
    <message>
        <source>◀ Network output</source>
        <translation>◀ 네트워크 출력</translation>
    </message>
    <message>
        <source>Show the whole network's output again</source>
        <translation>네트워크 전체의 출력을 다시 표시합니다</translation>
    </message>
    <message>
        <source>Boundary plot</source>
        <translation>경계 그래프</translation>
    </message>
    <message>
        <source>network</source>
        <translation>네트워크</translation>
    </message>
    <message>
        <source>training</source>
        <translation>훈련</translation>
    </message>
    <message>
        <source>test</source>
        <translation>테스트</translation>
    </message>
    <message>
        <source>{count} training sample</source>
        <translation>훈련 샘플 {count}개</translation>
    </message>
    <message>
        <source>{count} training samples</source>
        <translation>훈련 샘플 {count}개</translation>
    </message>
    <message>
        <source>class {name}</source>
        <translation>클래스 {name}</translation>
    </message>
    <message>
        <source>output {name}, white = {centre:g}</source>
        <translation>출력 {name}, 흰색 = {centre:g}</translation>
    </message>
    <message>
        <source>out of {name}, white = {centre:g}</source>
        <translation>{name}의 out, 흰색 = {centre:g}</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>예측</translation>
    </message>
    <message>
        <source>The network's prediction against the data points</source>
        <translation>데이터 점과 비교한 네트워크의 예측</translation>
    </message>
    <message>
        <source>Winning class</source>
        <translation>선택된 클래스</translation>
    </message>
    <message>
        <source>Which class the network picks at each point</source>
        <translation>네트워크가 각 점에서 고르는 클래스</translation>
    </message>
    <message>
        <source>Output {name}</source>
        <translation>출력 {name}</translation>
    </message>
    <message>
        <source>The output {name} over the input plane. With one training sample there are no classes to tell apart: click an output's picture in the diagram to see another output.</source>
        <translation>입력 평면 위의 출력 {name}입니다. 훈련 샘플이 하나뿐이면 구별할 클래스가 없습니다. 다른 출력을 보려면 다이어그램에서 출력의 그림을 클릭하세요.</translation>
    </message>
    <message>
        <source>Decision boundary</source>
        <translation>결정 경계</translation>
    </message>
    <message>
        <source>The network's output over the input plane</source>
        <translation>입력 평면 위의 네트워크 출력</translation>
    </message>
    <message>
        <source>Node {name} (output layer)</source>
        <translation>노드 {name} (출력층)</translation>
    </message>
    <message>
        <source>Node {name} (hidden layer {n})</source>
        <translation>노드 {name} (은닉층 {n})</translation>
    </message>
    <message>
        <source>{node}: its output against the input</source>
        <translation>{node}: 입력에 따른 출력</translation>
    </message>
    <message>
        <source>{node}: its output over the input plane</source>
        <translation>{node}: 입력 평면 위의 출력</translation>
    </message>
    <message>
        <source>Lab mode: the read-out waits until the outputs are worked out.</source>
        <translation>랩 모드: 출력을 직접 계산할 때까지 읽기 값을 보여 주지 않습니다.</translation>
    </message>
    <message>
        <source>{inputs} → out of {name} = {value:.4g}</source>
        <translation>{inputs} → {name}의 out = {value:.4g}</translation>
    </message>
    <message>
        <source>{inputs} → class {k} (outputs {outputs})</source>
        <translation>{inputs} → 클래스 {k} (출력 {outputs})</translation>
    </message>
    <message>
        <source>Point at the plot to read the output.</source>
        <translation>그래프를 가리키면 출력을 읽을 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>ComputationalGraphWindow</name>
    <message>
        <source>Σ other w·x</source>
        <translation>Σ 나머지 w·x</translation>
    </message>
    <message>
        <source>{name} at node {label}</source>
        <translation>노드 {label}의 {name}</translation>
    </message>
    <message>
        <source>the loss gives ∂E/∂net of this output directly</source>
        <translation>손실 함수가 이 출력의 ∂E/∂net을 바로 줍니다</translation>
    </message>
    <message>
        <source>Computational graph</source>
        <translation>계산 그래프</translation>
    </message>
    <message>
        <source>Select an edge (its weight) or a hidden or output node (its bias).</source>
        <translation>연결선(가중치)이나 은닉·출력 노드(편향)를 선택하세요.</translation>
    </message>
    <message>
        <source>Press F for the forward values, then B for the gradients.</source>
        <translation>F를 눌러 순전파 값을, 이어서 B를 눌러 기울기를 보세요.</translation>
    </message>
    <message>
        <source>Press B for the gradients.</source>
        <translation>B를 눌러 기울기를 보세요.</translation>
    </message>
    <message>
        <source>{0}, first sample of the last pass. {1}</source>
        <translation>{0}, 마지막 패스의 첫 샘플. {1}</translation>
    </message>
</context>
<context>
    <name>ConfusionMatrixView</name>
    <message>
        <source>predicted</source>
        <translation>예측</translation>
    </message>
    <message>
        <source>target</source>
        <translation>목표값</translation>
    </message>
    <message>
        <source>target {t}, predicted {p}: {count} of the {total} samples of class {t}</source>
        <translation>목표값 {t}, 예측 {p}: 클래스 {t}의 샘플 {total}개 중 {count}개</translation>
    </message>
</context>
<context>
    <name>ConfusionPanel</name>
    <message>
        <source>Confusion matrix of the {which}</source>
        <translation>{which}의 혼동 행렬</translation>
    </message>
    <message>
        <source>{right} of {total} right ({share:.1%})</source>
        <translation>{total}개 중 {right}개 정답 ({share:.1%})</translation>
    </message>
</context>
<context>
    <name>ControlsDock</name>
    <message>
        <source>Controls</source>
        <translation>설정</translation>
    </message>
</context>
<context>
    <name>DataControls</name>
    <message>
        <source>The XOR truth table: 4 samples, 2 inputs, 1 target. One layer cannot learn it.</source>
        <translation>XOR 진리표: 샘플 4개, 입력 2개, 목표값 1개. 층 하나로는 학습할 수 없습니다.</translation>
    </message>
    <message>
        <source>The AND truth table: 4 samples, 2 inputs, 1 target.</source>
        <translation>AND 진리표: 샘플 4개, 입력 2개, 목표값 1개.</translation>
    </message>
    <message>
        <source>The OR truth table: 4 samples, 2 inputs, 1 target.</source>
        <translation>OR 진리표: 샘플 4개, 입력 2개, 목표값 1개.</translation>
    </message>
    <message>
        <source>Points on a straight line: 1 input, 1 target (a regression task).</source>
        <translation>직선 위의 점들: 입력 1개, 목표값 1개 (회귀 문제).</translation>
    </message>
    <message>
        <source>A disc of one class inside a ring of the other: 2 inputs, 1 target.</source>
        <translation>한 클래스의 원판을 다른 클래스의 고리가 둘러쌉니다: 입력 2개, 목표값 1개.</translation>
    </message>
    <message>
        <source>Two spirals wound into each other: 2 inputs, 1 target. Hard to learn.</source>
        <translation>서로 감긴 두 나선: 입력 2개, 목표값 1개. 학습하기 어렵습니다.</translation>
    </message>
    <message>
        <source>Two clouds of points, one per class: 2 inputs, 1 target. Easy to learn.</source>
        <translation>클래스마다 하나씩인 두 점 구름: 입력 2개, 목표값 1개. 학습하기 쉽습니다.</translation>
    </message>
    <message>
        <source>The digits 0–9 on a seven-segment display: 7 inputs, 10 targets.</source>
        <translation>7세그먼트 표시기의 숫자 0–9: 입력 7개, 목표값 10개.</translation>
    </message>
    <message>
        <source>1,797 handwritten digits of 8×8 pixels: 64 inputs, 10 targets.</source>
        <translation>8×8 픽셀 손글씨 숫자 1,797개: 입력 64개, 목표값 10개.</translation>
    </message>
    <message>
        <source>samples</source>
        <translation>샘플 수</translation>
    </message>
    <message>
        <source>How many points the data set has, half of each class.</source>
        <translation>데이터셋의 점 개수입니다. 클래스마다 절반씩입니다.</translation>
    </message>
    <message>
        <source>noise</source>
        <translation>노이즈</translation>
    </message>
    <message>
        <source>0 is clean; more noise moves or mislabels points near the border (0.5 is TensorFlow Playground's 50 %).</source>
        <translation>0은 노이즈가 없습니다. 노이즈가 클수록 경계 근처의 점이 옮겨지거나 레이블이 잘못 붙습니다 (0.5는 TensorFlow Playground의 50 %).</translation>
    </message>
    <message>
        <source>data seed</source>
        <translation>데이터 시드</translation>
    </message>
    <message>
        <source>The random seed that draws the points: the same seed gives the same points every time.</source>
        <translation>점을 뽑는 난수 시드입니다. 같은 시드는 언제나 같은 점을 만듭니다.</translation>
    </message>
    <message>
        <source>test fraction</source>
        <translation>테스트 비율</translation>
    </message>
    <message>
        <source>The share of the samples held back to test on; the network never trains on them.</source>
        <translation>테스트용으로 떼어 두는 샘플의 비율입니다. 네트워크는 이 샘플로 학습하지 않습니다.</translation>
    </message>
    <message>
        <source>variant</source>
        <translation>변형</translation>
    </message>
    <message>
        <source>y = 2x + 1 (fit 3 points, predict 2) or y = 2x.</source>
        <translation>y = 2x + 1 (점 3개에 맞추고 2개를 예측) 또는 y = 2x.</translation>
    </message>
    <message>
        <source>The samples this network file came with.</source>
        <translation>이 네트워크 파일에 들어 있던 샘플입니다.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <source>The samples the network trains on. A new choice is used from the next forward pass.</source>
        <translation>네트워크가 학습하는 샘플입니다. 새로 고른 데이터는 다음 순전파부터 쓰입니다.</translation>
    </message>
    <message>
        <source>dataset</source>
        <translation>데이터셋</translation>
    </message>
    <message>
        <source>file {name}</source>
        <translation>파일 {name}</translation>
    </message>
    <message>
        <source>samples in the file</source>
        <translation>파일 안의 샘플</translation>
    </message>
</context>
<context>
    <name>DataTableDock</name>
    <message>
        <source>The samples kept in this network file. Double-click a cell or type to change it.</source>
        <translation>이 네트워크 파일에 저장된 샘플입니다. 셀을 더블클릭하거나 입력해서 바꾸세요.</translation>
    </message>
    <message>
        <source>The built-in {name} data set. Changing a value turns it into samples kept in this network file (all {count} of them), which you can then change freely; undo brings the built-in back.</source>
        <translation>내장 데이터셋 {name}입니다. 값을 바꾸면 이 네트워크 파일에 저장된 샘플({count}개 전부)이 되어 자유롭게 바꿀 수 있습니다. 실행 취소하면 내장 데이터셋으로 돌아갑니다.</translation>
    </message>
    <message>
        <source>The samples read from {name}. Changing a value keeps the samples (all {count} of them) in this network file from then on; {name} itself is never changed. Undo brings the file back.</source>
        <translation>{name}에서 읽은 샘플입니다. 값을 바꾸면 그때부터 샘플({count}개 전부)이 이 네트워크 파일에 저장되며, {name} 자체는 바뀌지 않습니다. 실행 취소하면 파일로 돌아갑니다.</translation>
    </message>
    <message>
        <source>Enter or double-click edits a cell; Delete removes the selected rows; Ctrl+V pastes a block copied from a spreadsheet, starting at the current cell (adding rows as needed); Ctrl+C copies the selected cells.</source>
        <translation>Enter 또는 더블클릭: 셀 편집, Delete: 선택한 행 삭제, Ctrl+V: 스프레드시트에서 복사한 블록을 현재 셀부터 붙여넣기 (필요하면 행 추가), Ctrl+C: 선택한 셀 복사.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>행 추가</translation>
    </message>
    <message>
        <source>Add a sample of zeros after the current row (in the same set), then type its values.</source>
        <translation>현재 행 다음에 (같은 집합에) 0으로 된 샘플을 추가합니다. 그다음 값을 입력하세요.</translation>
    </message>
    <message>
        <source>Add test row</source>
        <translation>테스트 행 추가</translation>
    </message>
    <message>
        <source>Add a test sample of zeros at the end: the network is tested on it, never trained.</source>
        <translation>끝에 0으로 된 테스트 샘플을 추가합니다. 네트워크는 이 샘플로 테스트만 하고 학습하지 않습니다.</translation>
    </message>
    <message>
        <source>Remove rows</source>
        <translation>행 삭제</translation>
    </message>
    <message>
        <source>Remove the selected rows (Delete). One training row stays.</source>
        <translation>선택한 행을 삭제합니다 (Delete). 훈련 행은 하나 이상 남습니다.</translation>
    </message>
    <message>
        <source>Copy	Ctrl+C</source>
        <translation>복사	Ctrl+C</translation>
    </message>
    <message>
        <source>Paste	Ctrl+V</source>
        <translation>붙여넣기	Ctrl+V</translation>
    </message>
    <message>
        <source>Remove rows	Delete</source>
        <translation>행 삭제	Delete</translation>
    </message>
    <message>
        <source>{count:,} training sample</source>
        <translation>훈련 샘플 {count:,}개</translation>
    </message>
    <message>
        <source>{count:,} training samples</source>
        <translation>훈련 샘플 {count:,}개</translation>
    </message>
    <message>
        <source>{count:,} test sample</source>
        <translation>테스트 샘플 {count:,}개</translation>
    </message>
    <message>
        <source>{count:,} test samples</source>
        <translation>테스트 샘플 {count:,}개</translation>
    </message>
    <message>
        <source>{training} and {test} (tinted)</source>
        <translation>{training}, {test} (색칠됨)</translation>
    </message>
    <message>
        <source>kept in this file</source>
        <translation>이 파일에 저장됨</translation>
    </message>
    <message>
        <source>built-in {name}</source>
        <translation>내장 {name}</translation>
    </message>
    <message>
        <source>read from {name}</source>
        <translation>{name}에서 읽음</translation>
    </message>
    <message>
        <source>{counts}, {where}</source>
        <translation>{counts}, {where}</translation>
    </message>
    <message>
        <source>Set {column} of sample {sample} to {value:.6g}</source>
        <translation>샘플 {sample}의 {column}을(를) {value:.6g}(으)로 설정</translation>
    </message>
    <message>
        <source>Add a test sample</source>
        <translation>테스트 샘플 추가</translation>
    </message>
    <message>
        <source>Add a training sample</source>
        <translation>훈련 샘플 추가</translation>
    </message>
    <message>
        <source>select the rows to remove first</source>
        <translation>먼저 삭제할 행을 선택하세요</translation>
    </message>
    <message>
        <source>Remove sample {sample}</source>
        <translation>샘플 {sample} 삭제</translation>
    </message>
    <message>
        <source>Remove {count} samples</source>
        <translation>샘플 {count}개 삭제</translation>
    </message>
    <message>
        <source>the pasted block is {width} columns wide; from {column} on the samples have {count} columns</source>
        <translation>붙여넣은 블록은 열이 {width}개인데, 샘플은 {column}부터 열이 {count}개뿐입니다</translation>
    </message>
    <message>
        <source>Paste {rows}×{columns} values</source>
        <translation>값 {rows}×{columns}개 붙여넣기</translation>
    </message>
    <message>
        <source>the clipboard holds no numbers to paste</source>
        <translation>클립보드에 붙여넣을 숫자가 없습니다</translation>
    </message>
    <message>
        <source>row {row}, column {column} of the pasted block: {reason}</source>
        <translation>붙여넣은 블록의 {row}행 {column}열: {reason}</translation>
    </message>
</context>
<context>
    <name>DiagramMenu</name>
    <message>
        <source>Edit bias…</source>
        <translation>편향 편집…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>이름 바꾸기…</translation>
    </message>
    <message>
        <source>Add node to this layer</source>
        <translation>이 층에 노드 추가</translation>
    </message>
    <message>
        <source>Remove node {name}</source>
        <translation>노드 {name} 삭제</translation>
    </message>
    <message>
        <source>Remove this hidden layer</source>
        <translation>이 은닉층 삭제</translation>
    </message>
    <message>
        <source>Activation of this layer</source>
        <translation>이 층의 활성화 함수</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>연결</translation>
    </message>
    <message>
        <source>from {name}</source>
        <translation>{name}에서</translation>
    </message>
    <message>
        <source>to {name}</source>
        <translation>{name}(으)로</translation>
    </message>
    <message>
        <source>Edit weight…</source>
        <translation>가중치 편집…</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>연결 끊기</translation>
    </message>
    <message>
        <source>Add hidden layer here</source>
        <translation>여기에 은닉층 추가</translation>
    </message>
    <message>
        <source>Show weight labels</source>
        <translation>가중치 레이블 표시</translation>
    </message>
    <message>
        <source>Zoom to fit	Ctrl+0</source>
        <translation>화면에 맞추기	Ctrl+0</translation>
    </message>
</context>
<context>
    <name>DiagramScene</name>
    <message>
        <source>⋮
{count} more
⋮</source>
        <translation>⋮
{count}개 더
⋮</translation>
    </message>
    <message>
        <source>{count} edges not drawn (too many to show)</source>
        <translation>연결선 {count}개는 그리지 않음 (너무 많음)</translation>
    </message>
</context>
<context>
    <name>DiagramTexts</name>
    <message>
        <source>input</source>
        <translation>입력</translation>
    </message>
    <message>
        <source>bias {name} = {value}</source>
        <translation>편향 {name} = {value}</translation>
    </message>
    <message>
        <source>delta δ = ∂E/∂net = {delta}</source>
        <translation>델타 δ = ∂E/∂net = {delta}</translation>
    </message>
    <message>
        <source>before the update: {value}</source>
        <translation>업데이트 전: {value}</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>입력</translation>
    </message>
    <message>
        <source>Output · {activation}</source>
        <translation>출력 · {activation}</translation>
    </message>
    <message>
        <source>Hidden {n} · {activation}</source>
        <translation>은닉 {n} · {activation}</translation>
    </message>
    <message>
        <source>no values yet: run Forward</source>
        <translation>아직 값이 없습니다: 순전파를 실행하세요</translation>
    </message>
    <message>
        <source>values: batch mean of {count} samples</source>
        <translation>값: 샘플 {count}개의 배치 평균</translation>
    </message>
    <message>
        <source>values: {sample}   ·   the first of {count}</source>
        <translation>값: {sample}   ·   {count}개 중 첫째</translation>
    </message>
    <message>
        <source>values: one sample</source>
        <translation>값: 샘플 하나</translation>
    </message>
    <message>
        <source>values: {sample} (the only one)</source>
        <translation>값: {sample} (유일한 샘플)</translation>
    </message>
    <message>
        <source>values: {sample}</source>
        <translation>값: {sample}</translation>
    </message>
    <message>
        <source>this sample's E = {value}</source>
        <translation>이 샘플의 E = {value}</translation>
    </message>
    <message>
        <source>the batch's E = {value}</source>
        <translation>배치의 E = {value}</translation>
    </message>
    <message>
        <source>loss E = {value}</source>
        <translation>손실 E = {value}</translation>
    </message>
    <message>
        <source>perceptron rule: Δw = η·(t − y)·x, not −η·∂E/∂w</source>
        <translation>퍼셉트론 규칙: Δw = η·(t − y)·x (−η·∂E/∂w가 아님)</translation>
    </message>
    <message>
        <source>after Forward</source>
        <translation>순전파 후</translation>
    </message>
    <message>
        <source>after Backward</source>
        <translation>역전파 후</translation>
    </message>
    <message>
        <source>after Update (net, out, δ: the pass before it)</source>
        <translation>업데이트 후 (net, out, δ: 그 전의 패스)</translation>
    </message>
</context>
<context>
    <name>DiagramView</name>
    <message>
        <source>At {zoom} % the numbers are too small to read, so they are hidden: point at a node or an edge, click it for the inspector, or zoom in (Ctrl + wheel).</source>
        <translation>{zoom} %에서는 숫자가 너무 작아 읽을 수 없어 숨겼습니다. 노드나 연결선을 가리키거나, 클릭해 검사기에서 보거나, 확대하세요 (Ctrl + 휠).</translation>
    </message>
</context>
<context>
    <name>ErrorSurfaceWindow</name>
    <message>
        <source>Error surface</source>
        <translation>오차 곡면</translation>
    </message>
    <message>
        <source>The parameter along this axis; every other one is held</source>
        <translation>이 축을 따라 바꾸는 매개변수입니다. 나머지는 모두 고정됩니다</translation>
    </message>
    <message>
        <source>Grid points along each axis</source>
        <translation>각 축의 격자점 수</translation>
    </message>
    <message>
        <source>How far each axis reaches either side of its centre</source>
        <translation>각 축이 중심에서 양쪽으로 뻗는 범위</translation>
    </message>
    <message>
        <source>Centre on the current point</source>
        <translation>현재 지점을 중심으로</translation>
    </message>
    <message>
        <source>x axis:</source>
        <translation>x축:</translation>
    </message>
    <message>
        <source>y axis:</source>
        <translation>y축:</translation>
    </message>
    <message>
        <source>points:</source>
        <translation>점 수:</translation>
    </message>
    <message>
        <source>range:</source>
        <translation>범위:</translation>
    </message>
    <message>
        <source>Cannot draw this surface: {0}</source>
        <translation>이 곡면을 그릴 수 없습니다: {0}</translation>
    </message>
    <message>
        <source>Working out the surface…</source>
        <translation>곡면을 계산하는 중…</translation>
    </message>
    <message>
        <source>E over ({0}, {1}), the rest held</source>
        <translation>({0}, {1})에 대한 E, 나머지는 고정</translation>
    </message>
    <message>
        <source>{0} = {1:.6g}, {2} = {3:.6g}, E = {4:.6g}
{5} points on the path</source>
        <translation>{0} = {1:.6g}, {2} = {3:.6g}, E = {4:.6g}
경로 위의 점 {5}개</translation>
    </message>
</context>
<context>
    <name>ExportScriptDialog</name>
    <message>
        <source>NumPy: the playground's numbers to the bit</source>
        <translation>NumPy: 플레이그라운드와 비트까지 같은 숫자</translation>
    </message>
    <message>
        <source>Keras (as the notes write it)</source>
        <translation>Keras (강의 노트의 방식)</translation>
    </message>
    <message>
        <source>PyTorch</source>
        <translation>PyTorch</translation>
    </message>
    <message>
        <source>Export as Script</source>
        <translation>스크립트로 내보내기</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>라이브러리</translation>
    </message>
    <message>
        <source>Epochs to train</source>
        <translation>학습할 에포크</translation>
    </message>
    <message>
        <source>A script that rebuilds this network with its current weights and data, trains it and prints the loss, weights and biases as JSON.</source>
        <translation>이 네트워크를 현재 가중치와 데이터로 다시 만들고 학습시킨 뒤 손실, 가중치, 편향을 JSON으로 출력하는 스크립트입니다.</translation>
    </message>
    <message>
        <source>Python (*.py)</source>
        <translation>파이썬 (*.py)</translation>
    </message>
    <message>
        <source>Script written: {path}</source>
        <translation>스크립트를 저장했습니다: {path}</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <source>Untitled</source>
        <translation>제목 없음</translation>
    </message>
    <message>
        <source>Open network</source>
        <translation>네트워크 열기</translation>
    </message>
    <message>
        <source>Cannot open this file</source>
        <translation>이 파일을 열 수 없습니다</translation>
    </message>
    <message>
        <source>{file}

The playground could not open it ({kind}: {error}). The open network is kept. Please report this file.</source>
        <translation>{file}

플레이그라운드가 이 파일을 열지 못했습니다 ({kind}: {error}). 열려 있던 네트워크는 그대로입니다. 이 파일을 알려 주세요.</translation>
    </message>
    <message>
        <source>Save network as</source>
        <translation>네트워크를 다른 이름으로 저장</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>저장할 수 없습니다</translation>
    </message>
    <message>
        <source>{file}

Nothing was written: {error}. The network is still open and unsaved.</source>
        <translation>{file}

아무것도 기록하지 않았습니다: {error}. 네트워크는 저장되지 않은 채 그대로 열려 있습니다.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>저장하지 않은 변경 사항</translation>
    </message>
    <message>
        <source>“{title}” has changes that are not saved. Save them first?</source>
        <translation>“{title}”에 저장하지 않은 변경 사항이 있습니다. 먼저 저장할까요?</translation>
    </message>
    <message>
        <source>Network files (*.json)</source>
        <translation>네트워크 파일 (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>GradientCheckDialog</name>
    <message>
        <source>name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>where</source>
        <translation>위치</translation>
    </message>
    <message>
        <source>backprop ∂E/∂</source>
        <translation>역전파 ∂E/∂</translation>
    </message>
    <message>
        <source>finite differences</source>
        <translation>유한 차분</translation>
    </message>
    <message>
        <source>relative error</source>
        <translation>상대 오차</translation>
    </message>
    <message>
        <source>{name} ({place})</source>
        <translation>{name} ({place})</translation>
    </message>
    <message>
        <source>bias of {node}</source>
        <translation>{node}의 편향</translation>
    </message>
    <message>
        <source>no trainable parameters to check</source>
        <translation>검사할 학습 가능한 매개변수가 없습니다</translation>
    </message>
    <message>
        <source>largest relative error {error} at {parameter}: backprop agrees</source>
        <translation>가장 큰 상대 오차 {error} ({parameter}): 역전파가 일치합니다</translation>
    </message>
    <message>
        <source>largest relative error {error} at {parameter}: backprop and finite differences disagree</source>
        <translation>가장 큰 상대 오차 {error} ({parameter}): 역전파와 유한 차분이 일치하지 않습니다</translation>
    </message>
    <message>
        <source>passed: every relative error is below the tolerance {tolerance:g}</source>
        <translation>통과: 모든 상대 오차가 허용 오차 {tolerance:g}보다 작습니다</translation>
    </message>
    <message>
        <source>FAILED: {over:,} of {count:,} relative errors reach the tolerance {tolerance:g}</source>
        <translation>실패: 상대 오차 {count:,}개 중 {over:,}개가 허용 오차 {tolerance:g}에 이릅니다</translation>
    </message>
    <message>
        <source>{parameter}: {name} in the network file</source>
        <translation>{parameter}: 네트워크 파일의 {name}</translation>
    </message>
    <message>
        <source>Check gradients: {title}</source>
        <translation>기울기 검사: {title}</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>다시 검사(&amp;A)</translation>
    </message>
    <message>
        <source>Check the network's weights as they are now</source>
        <translation>네트워크의 현재 가중치를 검사합니다</translation>
    </message>
    <message>
        <source>Backprop's ∂E/∂ of every weight and bias beside the central difference (E(p + ε) − E(p − ε)) / 2ε, ε = {epsilon:g}, at the weights of epoch {epoch:,}, over all {count:,} training samples (loss {loss}). The check runs on a copy: the network is not changed.</source>
        <translation>모든 가중치와 편향에 대한 역전파의 ∂E/∂와 중앙 차분 (E(p + ε) − E(p − ε)) / 2ε, ε = {epsilon:g}을 나란히 보여 줍니다. 에포크 {epoch:,}의 가중치로, 훈련 샘플 {count:,}개 전체에 대해 계산합니다 (손실 {loss}). 검사는 사본에서 실행되므로 네트워크는 바뀌지 않습니다.</translation>
    </message>
    <message>
        <source>checked {done:,} of {count:,} parameters…</source>
        <translation>매개변수 {count:,}개 중 {done:,}개 검사함…</translation>
    </message>
    <message>
        <source>checked {count:,} parameters</source>
        <translation>매개변수 {count:,}개 검사함</translation>
    </message>
    <message>
        <source>The network has changed since this check began: press Check again to check it as it is now.</source>
        <translation>검사를 시작한 뒤 네트워크가 바뀌었습니다. 다시 검사를 눌러 현재 상태를 검사하세요.</translation>
    </message>
</context>
<context>
    <name>ImagePanel</name>
    <message>
        <source>Sample</source>
        <translation>샘플</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>혼동 행렬</translation>
    </message>
    <message>
        <source>Misclassified</source>
        <translation>오분류</translation>
    </message>
    <message>
        <source>Sample and outputs</source>
        <translation>샘플과 출력</translation>
    </message>
    <message>
        <source>Misclassified images</source>
        <translation>잘못 분류된 이미지</translation>
    </message>
</context>
<context>
    <name>ImageViews</name>
    <message>
        <source>▲ target</source>
        <translation>▲ 목표값</translation>
    </message>
    <message>
        <source>The outputs for the pictured sample; the target class is marked</source>
        <translation>그림의 샘플에 대한 출력입니다. 목표 클래스가 표시되어 있습니다</translation>
    </message>
    <message>
        <source>{node}'s incoming weights as a {rows}×{columns} image: blue positive, vermillion negative, white 0</source>
        <translation>{node}에 들어오는 가중치를 {rows}×{columns} 이미지로 나타낸 것: 파랑은 양수, 주황빛 빨강은 음수, 흰색은 0</translation>
    </message>
    <message>
        <source>the input: {sample}</source>
        <translation>입력: {sample}</translation>
    </message>
    <message>
        <source>outputs: Forward (F) computes them</source>
        <translation>출력: 순전파(F)로 계산합니다</translation>
    </message>
    <message>
        <source>outputs for {sample}</source>
        <translation>{sample}의 출력</translation>
    </message>
    <message>
        <source>the pass's first sample</source>
        <translation>패스의 첫 샘플</translation>
    </message>
    <message>
        <source>sample {number}</source>
        <translation>샘플 {number}</translation>
    </message>
    <message>
        <source>{sample}
(first of the pass's {count})</source>
        <translation>{sample}
(패스의 샘플 {count}개 중 첫째)</translation>
    </message>
</context>
<context>
    <name>InlineEditor</name>
    <message>
        <source>{what}: Enter to apply, Escape to cancel</source>
        <translation>{what}: Enter로 적용, Escape로 취소</translation>
    </message>
</context>
<context>
    <name>InspectorDock</name>
    <message>
        <source>Click a node or an edge in the diagram to see its numbers.</source>
        <translation>다이어그램에서 노드나 연결선을 클릭하면 그 숫자를 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>out = x (the input value)</source>
        <translation>out = x (입력값)</translation>
    </message>
    <message>
        <source>An input node passes its input on unchanged.</source>
        <translation>입력 노드는 입력을 그대로 전달합니다.</translation>
    </message>
    <message>
        <source>net (Σ w·x + b)</source>
        <translation>net (Σ w·x + b)</translation>
    </message>
    <message>
        <source>The node's total input: each weight times its input, plus b.</source>
        <translation>노드의 총입력: 각 가중치와 그 입력의 곱을 더하고 b를 더한 값입니다.</translation>
    </message>
    <message>
        <source>out</source>
        <translation>out</translation>
    </message>
    <message>
        <source>The node's output: its activation function applied to net.</source>
        <translation>노드의 출력: net에 활성화 함수를 적용한 값입니다.</translation>
    </message>
    <message>
        <source>delta ∂E/∂net</source>
        <translation>델타 ∂E/∂net</translation>
    </message>
    <message>
        <source>How fast the loss E changes with this node's net (backward).</source>
        <translation>이 노드의 net에 따라 손실 E가 얼마나 빨리 변하는지 (역전파).</translation>
    </message>
    <message>
        <source>bias b</source>
        <translation>편향 b</translation>
    </message>
    <message>
        <source>The node's bias, added to net.</source>
        <translation>net에 더해지는 노드의 편향입니다.</translation>
    </message>
    <message>
        <source>∂E/∂b</source>
        <translation>∂E/∂b</translation>
    </message>
    <message>
        <source>How fast E changes with the bias; the update moves b against it.</source>
        <translation>편향에 따라 E가 얼마나 빨리 변하는지. 업데이트는 b를 그 반대 방향으로 움직입니다.</translation>
    </message>
    <message>
        <source>weight w</source>
        <translation>가중치 w</translation>
    </message>
    <message>
        <source>The weight this edge has now.</source>
        <translation>이 연결선의 현재 가중치입니다.</translation>
    </message>
    <message>
        <source>∂E/∂w</source>
        <translation>∂E/∂w</translation>
    </message>
    <message>
        <source>How fast the loss E changes with this weight (backward pass).</source>
        <translation>이 가중치에 따라 손실 E가 얼마나 빨리 변하는지 (역전파).</translation>
    </message>
    <message>
        <source>before update</source>
        <translation>업데이트 전</translation>
    </message>
    <message>
        <source>The weight before the last update step.</source>
        <translation>마지막 업데이트 스텝 전의 가중치입니다.</translation>
    </message>
    <message>
        <source>after update</source>
        <translation>업데이트 후</translation>
    </message>
    <message>
        <source>The weight after the last update step.</source>
        <translation>마지막 업데이트 스텝 후의 가중치입니다.</translation>
    </message>
    <message>
        <source>change Δw</source>
        <translation>변화량 Δw</translation>
    </message>
    <message>
        <source>after update − before update: the optimizer's step (sgd: −η·∂E/∂w).</source>
        <translation>업데이트 후 − 업데이트 전: 옵티마이저의 한 스텝 (sgd: −η·∂E/∂w).</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>검사기</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Which pass ran last: forward, backward or update.</source>
        <translation>마지막에 실행한 패스: 순전파, 역전파 또는 업데이트.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>Copy every value as 'name&lt;Tab&gt;value' lines. Ctrl+C does the same, or copies just the text you selected.</source>
        <translation>모든 값을 '이름&lt;Tab&gt;값' 줄로 복사합니다. Ctrl+C도 같은 일을 하며, 선택한 텍스트가 있으면 그것만 복사합니다.</translation>
    </message>
    <message>
        <source>Copy values</source>
        <translation>값 복사</translation>
    </message>
    <message>
        <source>{formula}, over the samples the last pass took (known from Forward on). The status bar's E is over all training samples at the weights shown.</source>
        <translation>{formula}, 마지막 패스가 사용한 샘플에 대한 값입니다 (순전파부터 알 수 있음). 상태 표시줄의 E는 표시된 가중치에서 모든 훈련 샘플에 대한 값입니다.</translation>
    </message>
    <message>
        <source>E of the last pass ({loss})</source>
        <translation>마지막 패스의 E ({loss})</translation>
    </message>
    <message>
        <source>E of sample {n} ({loss})</source>
        <translation>샘플 {n}의 E ({loss})</translation>
    </message>
    <message>
        <source>E of all {count} samples, last pass ({loss})</source>
        <translation>샘플 {count}개 전체의 E, 마지막 패스 ({loss})</translation>
    </message>
    <message>
        <source>E of the last batch of {count} ({loss})</source>
        <translation>마지막 배치(샘플 {count}개)의 E ({loss})</translation>
    </message>
    <message>
        <source>Nothing computed yet: run a forward pass.</source>
        <translation>아직 계산된 것이 없습니다: 순전파를 실행하세요.</translation>
    </message>
    <message>
        <source>Mean over the {count} samples of the last pass.</source>
        <translation>마지막 패스의 샘플 {count}개에 대한 평균입니다.</translation>
    </message>
    <message>
        <source>For {sample}, the first of the {count} in the last pass (its gradients are of its own loss; the update uses the batch's mean).</source>
        <translation>{sample}에 대한 값입니다. 마지막 패스의 {count}개 중 첫째입니다 (기울기는 그 샘플 자신의 손실에 대한 것이고, 업데이트는 배치 평균을 씁니다).</translation>
    </message>
    <message>
        <source>For one sample.</source>
        <translation>샘플 하나에 대한 값입니다.</translation>
    </message>
    <message>
        <source>For {sample} only.</source>
        <translation>{sample}에 대한 값입니다.</translation>
    </message>
    <message>
        <source>Node {label} · input layer</source>
        <translation>노드 {label} · 입력층</translation>
    </message>
    <message>
        <source>output layer</source>
        <translation>출력층</translation>
    </message>
    <message>
        <source>hidden layer {n}</source>
        <translation>은닉층 {n}</translation>
    </message>
    <message>
        <source>Node {label} · {kind} · {activation}</source>
        <translation>노드 {label} · {kind} · {activation}</translation>
    </message>
    <message>
        <source>Edge {label}</source>
        <translation>연결선 {label}</translation>
    </message>
</context>
<context>
    <name>LabMenu</name>
    <message>
        <source>Lab reports (*.json)</source>
        <translation>실습 보고서 (*.json)</translation>
    </message>
    <message>
        <source>&amp;Lab Mode</source>
        <translation>실습 모드(&amp;L)</translation>
    </message>
    <message>
        <source>Hide the values a lesson asks for until you type your own computation</source>
        <translation>직접 계산한 값을 입력할 때까지 레슨이 묻는 값을 숨깁니다</translation>
    </message>
    <message>
        <source>Save &amp;Report…</source>
        <translation>보고서 저장(&amp;R)…</translation>
    </message>
    <message>
        <source>Save the lab mode score and answers as JSON</source>
        <translation>실습 모드 점수와 답을 JSON으로 저장합니다</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>보고서 저장</translation>
    </message>
    <message>
        <source>Could not save {path}: {why}</source>
        <translation>{path}을(를) 저장할 수 없습니다: {why}</translation>
    </message>
</context>
<context>
    <name>LabMode</name>
    <message>
        <source>loss E = ? (lab mode)</source>
        <translation>손실 E = ? (실습 모드)</translation>
    </message>
    <message>
        <source>Lab mode: work out {names} by hand first. The chain rule is written out here once you have answered (or revealed) it in the lesson pane.</source>
        <translation>실습 모드: 먼저 {names}을(를) 손으로 계산하세요. 레슨 창에서 답하거나 정답을 보면 여기에 연쇄 법칙이 풀어서 표시됩니다.</translation>
    </message>
</context>
<context>
    <name>LabPanel</name>
    <message>
        <source>Lab mode: compute the values by hand first</source>
        <translation>실습 모드: 값을 먼저 손으로 계산하기</translation>
    </message>
    <message>
        <source>your number</source>
        <translation>내 답</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>정답 보기</translation>
    </message>
    <message>
        <source>Click a value shown as ? in the diagram to answer it.</source>
        <translation>다이어그램에서 ?로 표시된 값을 클릭해 답하세요.</translation>
    </message>
    <message>
        <source>Every question is answered: File → Save Report…</source>
        <translation>모든 문제에 답했습니다: 파일 → 보고서 저장…</translation>
    </message>
    <message>
        <source>Type a number, such as 0.5932 or -1.2e-3.</source>
        <translation>0.5932나 -1.2e-3처럼 숫자를 입력하세요.</translation>
    </message>
    <message>
        <source> (yours: {typed:.10g})</source>
        <translation> (내 답: {typed:.10g})</translation>
    </message>
    <message>
        <source>your {symbol} = {typed}</source>
        <translation>내 {symbol} = {typed}</translation>
    </message>
    <message>
        <source>{head}: it differs from the true value by more than the tolerance</source>
        <translation>{head}: 참값과 허용 오차 이상 차이가 납니다</translation>
    </message>
    <message>
        <source>expected {name}{meaning} = {value}</source>
        <translation>기대값 {name}{meaning} = {value}</translation>
    </message>
    <message>
        <source>the sign is turned over: check {name}</source>
        <translation>부호가 뒤집혔습니다: {name}을(를) 확인하세요</translation>
    </message>
    <message>
        <source>you used ½·{name}</source>
        <translation>½·{name}을(를) 썼습니다</translation>
    </message>
    <message>
        <source>you used 2·{name}</source>
        <translation>2·{name}을(를) 썼습니다</translation>
    </message>
    <message>
        <source>you left out the factor {name}</source>
        <translation>인수 {name}을(를) 빠뜨렸습니다</translation>
    </message>
    <message>
        <source>you left out the term {product}</source>
        <translation>항 {product}을(를) 빠뜨렸습니다</translation>
    </message>
    <message>
        <source>you used {other} = {used} for {name}</source>
        <translation>{name} 자리에 {other} = {used}을(를) 썼습니다</translation>
    </message>
    <message>
        <source>your number needs {name} = {used}</source>
        <translation>내 답이 맞으려면 {name} = {used}이어야 합니다</translation>
    </message>
    <message>
        <source>right first time</source>
        <translation>한 번에 정답</translation>
    </message>
    <message>
        <source>right after a hint</source>
        <translation>힌트 후 정답</translation>
    </message>
    <message>
        <source>revealed</source>
        <translation>정답 봄</translation>
    </message>
    <message>
        <source>Score: {right} right first time · {hint} after a hint · {revealed} revealed (of {questions})</source>
        <translation>점수: 한 번에 정답 {right} · 힌트 후 정답 {hint} · 정답 봄 {revealed} (전체 {questions})</translation>
    </message>
    <message>
        <source>Press Forward (F) for the next question.</source>
        <translation>다음 문제를 보려면 순전파(F)를 누르세요.</translation>
    </message>
    <message>
        <source>Press Backward (B) for the next question.</source>
        <translation>다음 문제를 보려면 역전파(B)를 누르세요.</translation>
    </message>
    <message>
        <source>Press Update (U) for the next question.</source>
        <translation>다음 문제를 보려면 업데이트(U)를 누르세요.</translation>
    </message>
    <message>
        <source>within {n} epochs</source>
        <translation>{n} 에포크 안에</translation>
    </message>
    <message>
        <source>with at most {n} hidden nodes</source>
        <translation>은닉 노드 {n}개 이하로</translation>
    </message>
    <message>
        <source>Reach {value} % accuracy</source>
        <translation>정확도 {value} %에 도달하기</translation>
    </message>
    <message>
        <source>Bring the loss E below {value}</source>
        <translation>손실 E를 {value} 아래로 낮추기</translation>
    </message>
    <message>
        <source>Find a learning rate at which training diverges</source>
        <translation>학습이 발산하는 학습률 찾기</translation>
    </message>
</context>
<context>
    <name>LastResort</name>
    <message>
        <source>Something went wrong inside the playground: {error}

Your network is still open and unchanged by this; you can save it. Please report what you did just before (the details are printed in the terminal).</source>
        <translation>플레이그라운드 내부에서 문제가 생겼습니다: {error}

네트워크는 그대로 열려 있고 이 문제로 바뀌지 않았으니 저장할 수 있습니다. 직전에 무엇을 했는지 알려 주세요 (자세한 내용은 터미널에 출력되어 있습니다).</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>문제가 생겼습니다</translation>
    </message>
</context>
<context>
    <name>LessonDock</name>
    <message>
        <source>This network has no lesson. The Lessons menu opens every worked example of the course notes, each with the numbers the notes print.</source>
        <translation>이 네트워크에는 레슨이 없습니다. 레슨 메뉴에서 강의 노트의 모든 풀이 예제를 노트에 인쇄된 숫자와 함께 열 수 있습니다.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>숫자</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>강의 노트</translation>
    </message>
    <message>
        <source>app now</source>
        <translation>지금 앱</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>레슨</translation>
    </message>
    <message>
        <source>No lesson</source>
        <translation>레슨 없음</translation>
    </message>
    <message>
        <source>{value}, tolerance {tolerance:g}</source>
        <translation>{value}, 허용 오차 {tolerance:g}</translation>
    </message>
    <message>
        <source>Train to epoch {target:,} (the notes' run)</source>
        <translation>에포크 {target:,}까지 학습 (강의 노트의 학습)</translation>
    </message>
    <message>
        <source>Train to epoch {target:,} (the notes' next number)</source>
        <translation>에포크 {target:,}까지 학습 (강의 노트의 다음 숫자)</translation>
    </message>
    <message>
        <source>equal to the notes' within the tolerance</source>
        <translation>허용 오차 안에서 강의 노트의 값과 같습니다</translation>
    </message>
    <message>
        <source>differs by more than the tolerance</source>
        <translation>허용 오차보다 크게 다릅니다</translation>
    </message>
    <message>
        <source>at epoch {wanted:,}</source>
        <translation>에포크 {wanted:,}에서</translation>
    </message>
    <message>
        <source>the notes measure it after {wanted:,} epochs: train to there, or go back with the history slider or Reset (R)</source>
        <translation>노트는 이 값을 {wanted:,} 에포크 뒤에 잽니다: 거기까지 학습하거나, 기록 슬라이더나 초기화(R)로 돌아가세요</translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <source>training loss</source>
        <translation>훈련 손실</translation>
    </message>
    <message>
        <source>test loss</source>
        <translation>테스트 손실</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>로그 눈금</translation>
    </message>
    <message>
        <source>Show the loss on a logarithmic axis: small losses stay visible</source>
        <translation>손실을 로그 축으로 표시합니다: 작은 손실도 잘 보입니다</translation>
    </message>
    <message>
        <source>Clear earlier runs</source>
        <translation>이전 학습 지우기</translation>
    </message>
    <message>
        <source>Forget the faded curves of earlier runs</source>
        <translation>이전 학습의 흐린 곡선을 지웁니다</translation>
    </message>
    <message>
        <source>Loss curve</source>
        <translation>손실 곡선</translation>
    </message>
    <message>
        <source>accuracy (right axis)</source>
        <translation>정확도 (오른쪽 축)</translation>
    </message>
    <message>
        <source>MAE (mean |t − y|)</source>
        <translation>MAE (|t − y|의 평균)</translation>
    </message>
    <message>
        <source>loss ({loss})</source>
        <translation>손실 ({loss})</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <source>{count} earlier run (faded)</source>
        <translation>이전 학습 {count}개 (흐리게)</translation>
    </message>
    <message>
        <source>{count} earlier runs (faded)</source>
        <translation>이전 학습 {count}개 (흐리게)</translation>
    </message>
    <message>
        <source>viewing {values}</source>
        <translation>보는 중: {values}</translation>
    </message>
    <message>
        <source>Press Play to train: the loss appears here, epoch by epoch.</source>
        <translation>재생을 눌러 학습하세요: 손실이 에포크마다 여기에 나타납니다.</translation>
    </message>
    <message>
        <source>latest: epoch {epoch:,}</source>
        <translation>최근: 에포크 {epoch:,}</translation>
    </message>
    <message>
        <source>epoch {epoch:,}</source>
        <translation>에포크 {epoch:,}</translation>
    </message>
    <message>
        <source>accuracy {share:.1%} ({wrong} of {n:,} wrong)</source>
        <translation>정확도 {share:.1%} ({n:,}개 중 {wrong}개 틀림)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Example</source>
        <translation>예제 열기(&amp;E)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>최근 파일 열기(&amp;R)</translation>
    </message>
    <message>
        <source>Open &amp;Data…</source>
        <translation>데이터 열기(&amp;D)…</translation>
    </message>
    <message>
        <source>Train on samples from a file: .npz (Keras' keys), .csv, or MNIST-style idx</source>
        <translation>파일의 샘플로 학습합니다: .npz (Keras의 키), .csv, 또는 MNIST 형식 idx</translation>
    </message>
    <message>
        <source>Save the Training &amp;Record Too</source>
        <translation>학습 기록도 저장(&amp;R)</translation>
    </message>
    <message>
        <source>Save where training stands (epoch, the curves, the optimizer's moments), so that opening the file goes on from there. Such a file needs this version to open.</source>
        <translation>학습이 어디까지 왔는지(에포크, 곡선, 옵티마이저의 모멘트)를 저장해, 파일을 열면 거기서부터 이어 갑니다. 이런 파일은 이 버전이 있어야 열 수 있습니다.</translation>
    </message>
    <message>
        <source>Export as &amp;Script…</source>
        <translation>스크립트로 내보내기(&amp;S)…</translation>
    </message>
    <message>
        <source>The network with its current weights as a NumPy, Keras or PyTorch script</source>
        <translation>현재 가중치를 담은 네트워크를 NumPy, Keras 또는 PyTorch 스크립트로 내보냅니다</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>레슨(&amp;L)</translation>
    </message>
    <message>
        <source>Open the lesson {id} as an untitled copy</source>
        <translation>레슨 {id}을(를) 제목 없는 사본으로 엽니다</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>환경설정(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>Reset &amp;Layout</source>
        <translation>배치 초기화(&amp;L)</translation>
    </message>
    <message>
        <source>Every dock back in its first place, shown</source>
        <translation>모든 패널을 처음 자리로 되돌리고 보이게 합니다</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>학습(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>This language's translation is not installed.</source>
        <translation>이 언어의 번역이 설치되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>Stepping</source>
        <translation>스텝 실행</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>패스</translation>
    </message>
    <message>
        <source>the next pass takes:</source>
        <translation>다음 패스의 샘플:</translation>
    </message>
    <message>
        <source>show the batch mean</source>
        <translation>배치 평균 보기</translation>
    </message>
    <message>
        <source>After a pass over several samples the diagram shows the first sample's numbers, which you can check by hand; tick to show the mean over the samples instead.</source>
        <translation>여러 샘플에 대한 패스 후에 다이어그램은 손으로 확인할 수 있도록 첫 샘플의 숫자를 보여 줍니다. 대신 샘플들의 평균을 보려면 체크하세요.</translation>
    </message>
    <message>
        <source>Already at epoch {epoch:,}: press R to start again.</source>
        <translation>이미 에포크 {epoch:,}입니다. R을 눌러 다시 시작하세요.</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>일시정지(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>재생(&amp;P)</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>되돌리기</translation>
    </message>
    <message>
        <source>Training stopped: {why}</source>
        <translation>학습이 멈췄습니다: {why}</translation>
    </message>
    <message>
        <source>A new run from the current weights; {why}</source>
        <translation>현재 가중치에서 새로 실행합니다. {why}</translation>
    </message>
    <message>
        <source>Back to the initial weights; epoch 0</source>
        <translation>초기 가중치로 되돌렸습니다. 에포크 0</translation>
    </message>
    <message>
        <source>epoch {epoch} · step {steps}</source>
        <translation>에포크 {epoch} · 스텝 {steps}</translation>
    </message>
    <message>
        <source>accuracy {accuracy:.1%}</source>
        <translation>정확도 {accuracy:.1%}</translation>
    </message>
    <message>
        <source>{rate:,.0f} steps/s</source>
        <translation>초당 {rate:,.0f} 스텝</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>목록 지우기</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;&lt;p&gt;Draw a network, step the forward pass, the backward pass and the update, and check every number by hand.&lt;/p&gt;</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;&lt;p&gt;네트워크를 그리고, 순전파·역전파·업데이트를 한 스텝씩 실행하며, 모든 숫자를 손으로 확인해 보세요.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The loss E of the weights shown, on all training samples: what a forward and backward pass over the whole data set gives now. (The loss curve plots each epoch's mean over its batches, each measured before its update, as Keras reports it.)</source>
        <translation>보이는 가중치에서 모든 훈련 샘플에 대한 손실 E: 지금 데이터셋 전체에 순전파와 역전파를 하면 나오는 값입니다. (손실 곡선은 에포크마다 배치들의 평균을 그리며, 각 배치는 업데이트 전에 측정합니다. Keras가 보고하는 방식과 같습니다.)</translation>
    </message>
    <message>
        <source>loss –</source>
        <translation>손실 –</translation>
    </message>
    <message>
        <source>loss E = {loss:.6g} on 1 sample</source>
        <translation>손실 E = {loss:.6g} (샘플 1개)</translation>
    </message>
    <message>
        <source>loss E = {loss:.6g} on {count} samples</source>
        <translation>손실 E = {loss:.6g} (샘플 {count}개)</translation>
    </message>
    <message>
        <source>reached the maximum of {epochs:g} epochs</source>
        <translation>최대 {epochs:g} 에포크에 도달했습니다</translation>
    </message>
    <message>
        <source>reached the target loss {loss:g}</source>
        <translation>목표 손실 {loss:g}에 도달했습니다</translation>
    </message>
    <message>
        <source>infinite</source>
        <translation>무한대</translation>
    </message>
    <message>
        <source>Training paused at epoch {epoch}: the loss became {what}. The learning rate ({rate:g}) is likely too high for this loss and activation; lower it, or roll back.</source>
        <translation>에포크 {epoch}에서 학습을 멈췄습니다: 손실이 {what}이(가) 되었습니다. 이 손실 함수와 활성화 함수에 학습률({rate:g})이 너무 높은 것 같습니다. 학습률을 낮추거나 되돌리세요.</translation>
    </message>
    <message>
        <source>Classic 2-2-2</source>
        <translation>고전적인 2-2-2</translation>
    </message>
    <message>
        <source>Handwritten digits (8×8)</source>
        <translation>손글씨 숫자 (8×8)</translation>
    </message>
    <message>
        <source>One neuron: y = w·x + b (Keras sgd + mse)</source>
        <translation>뉴런 하나: y = w·x + b (Keras sgd + mse)</translation>
    </message>
    <message>
        <source>Perceptron: AND gate</source>
        <translation>퍼셉트론: AND 게이트</translation>
    </message>
    <message>
        <source>Spiral</source>
        <translation>나선</translation>
    </message>
    <message>
        <source>XOR</source>
        <translation>XOR</translation>
    </message>
</context>
<context>
    <name>MathPanelDock</name>
    <message>
        <source>Click an edge (its weight) or a hidden or output node (its bias) in the diagram to see ∂E/∂w worked out by the chain rule.</source>
        <translation>다이어그램에서 연결선(가중치)이나 은닉·출력 노드(편향)를 클릭하면 연쇄 법칙으로 계산한 ∂E/∂w를 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Chain rule</source>
        <translation>연쇄 법칙</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>Copy the whole explanation as text.</source>
        <translation>설명 전체를 텍스트로 복사합니다.</translation>
    </message>
    <message>
        <source>{name} is an input: its value is data, not a parameter, so it has no gradient to learn from.

{hint}</source>
        <translation>{name}은(는) 입력입니다: 그 값은 매개변수가 아니라 데이터이므로 학습에 쓸 기울기가 없습니다.

{hint}</translation>
    </message>
    <message>
        <source>∂E/∂{name} of {place}</source>
        <translation>{place}의 ∂E/∂{name}</translation>
    </message>
    <message>
        <source>Press B (backward) to see {what} worked out by the chain rule.</source>
        <translation>B(역전파)를 누르면 연쇄 법칙으로 계산한 {what}을(를) 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Press F (forward), then B (backward), to see {what} worked out by the chain rule.</source>
        <translation>F(순전파)와 B(역전파)를 차례로 누르면 연쇄 법칙으로 계산한 {what}을(를) 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>its first sample</source>
        <translation>그 첫 샘플</translation>
    </message>
    <message>
        <source>The diagram and the inspector show the mean over all {n} samples.</source>
        <translation>다이어그램과 검사기는 샘플 {n}개 전체의 평균을 보여 줍니다.</translation>
    </message>
    <message>
        <source>The diagram and the inspector show this sample too.</source>
        <translation>다이어그램과 검사기도 이 샘플을 보여 줍니다.</translation>
    </message>
    <message>
        <source>{what} for {which}, the first of the {n} in the last pass.</source>
        <translation>{which}에 대한 {what}, 마지막 패스의 {n}개 중 첫째입니다.</translation>
    </message>
    <message>
        <source>the one sample of the last pass</source>
        <translation>마지막 패스의 샘플 하나</translation>
    </message>
    <message>
        <source>{what} for {which}, from the pass before the last update, with the weights it used.</source>
        <translation>{which}에 대한 {what}, 마지막 업데이트 전의 패스에서 그 패스가 쓴 가중치로 계산했습니다.</translation>
    </message>
    <message>
        <source>{what} for {which}, from the last backward pass; the {name}⁺ line is what Update (U) will do.</source>
        <translation>{which}에 대한 {what}, 마지막 역전파에서 계산했습니다. {name}⁺ 줄은 업데이트(U)가 할 일입니다.</translation>
    </message>
    <message>
        <source>The update (U) moves {name} by the mean over the batch, ∂E/∂{name} = {mean}, not by this one sample's.</source>
        <translation>업데이트(U)는 {name}을(를) 이 샘플 하나의 값이 아니라 배치 평균 ∂E/∂{name} = {mean}만큼 움직입니다.</translation>
    </message>
    <message>
        <source>{name} is now {now}; the trainer keeps no bias from before an update.</source>
        <translation>{name}은(는) 지금 {now}입니다. 학습기는 업데이트 전의 편향을 보관하지 않습니다.</translation>
    </message>
    <message>
        <source>node {name}</source>
        <translation>노드 {name}</translation>
    </message>
    <message>
        <source>edge {source} → {target}</source>
        <translation>연결선 {source} → {target}</translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <source>Rename {old} to {new}</source>
        <translation>{old}의 이름을 {new}(으)로 변경</translation>
    </message>
    <message>
        <source>Move node</source>
        <translation>노드 이동</translation>
    </message>
    <message>
        <source>Move {count} nodes</source>
        <translation>노드 {count}개 이동</translation>
    </message>
    <message>
        <source>Continue from epoch {epoch} (discard {later} later records)</source>
        <translation>에포크 {epoch}부터 계속 (이후 기록 {later}개 버림)</translation>
    </message>
    <message>
        <source>training</source>
        <translation>훈련</translation>
    </message>
    <message>
        <source>test</source>
        <translation>테스트</translation>
    </message>
    <message>
        <source>inputs</source>
        <translation>입력</translation>
    </message>
    <message>
        <source>targets</source>
        <translation>목표값</translation>
    </message>
    <message>
        <source>input</source>
        <translation>입력</translation>
    </message>
    <message>
        <source>target</source>
        <translation>목표값</translation>
    </message>
    <message>
        <source>output</source>
        <translation>출력</translation>
    </message>
    <message>
        <source>Set weight {edge} to {value:.6g}</source>
        <translation>가중치 {edge}을(를) {value:.6g}(으)로 설정</translation>
    </message>
    <message>
        <source>Set bias of {node} to {value:.6g}</source>
        <translation>{node}의 편향을 {value:.6g}(으)로 설정</translation>
    </message>
    <message>
        <source>Add hidden layer</source>
        <translation>은닉층 추가</translation>
    </message>
    <message>
        <source>Remove hidden layer</source>
        <translation>은닉층 제거</translation>
    </message>
    <message>
        <source>Add node</source>
        <translation>노드 추가</translation>
    </message>
    <message>
        <source>Remove node {node}</source>
        <translation>노드 {node} 제거</translation>
    </message>
    <message>
        <source>Connect {edge}</source>
        <translation>{edge} 연결</translation>
    </message>
    <message>
        <source>Disconnect {edge}</source>
        <translation>{edge} 연결 끊기</translation>
    </message>
    <message>
        <source>Set activation of layer {column} to {name}</source>
        <translation>층 {column}의 활성화 함수를 {name}(으)로 설정</translation>
    </message>
    <message>
        <source>Randomise weights ({initializer}, seed {seed})</source>
        <translation>가중치 무작위 초기화 ({initializer}, 시드 {seed})</translation>
    </message>
    <message>
        <source>Reset to initial weights</source>
        <translation>초기 가중치로 초기화</translation>
    </message>
    <message>
        <source>Start a new run</source>
        <translation>새 실행 시작</translation>
    </message>
    <message>
        <source>Set loss to {loss}</source>
        <translation>손실을 {loss}(으)로 설정</translation>
    </message>
    <message>
        <source>Set output to {activation} with the {loss} loss</source>
        <translation>출력을 {activation}, 손실을 {loss}(으)로 설정</translation>
    </message>
    <message>
        <source>Set the loss reduction to {reduction}</source>
        <translation>손실 축약 방식을 {reduction}(으)로 설정</translation>
    </message>
    <message>
        <source>Train biases of layer {column}</source>
        <translation>층 {column}의 편향 학습</translation>
    </message>
    <message>
        <source>Fix biases of layer {column}</source>
        <translation>층 {column}의 편향 고정</translation>
    </message>
    <message>
        <source>Set optimizer to {name}</source>
        <translation>옵티마이저를 {name}(으)로 설정</translation>
    </message>
    <message>
        <source>Change training settings</source>
        <translation>학습 설정 변경</translation>
    </message>
    <message>
        <source>Set epochs to {epochs}</source>
        <translation>에포크 수를 {epochs}(으)로 설정</translation>
    </message>
    <message>
        <source>Set target loss to none</source>
        <translation>목표 손실 없음으로 설정</translation>
    </message>
    <message>
        <source>Set target loss to {value:.6g}</source>
        <translation>목표 손실을 {value:.6g}(으)로 설정</translation>
    </message>
    <message>
        <source>Use the {name} data</source>
        <translation>{name} 데이터 사용</translation>
    </message>
    <message>
        <source>Edit the samples ({rows})</source>
        <translation>샘플 편집 ({rows})</translation>
    </message>
    <message>
        <source>{text} is not a finite number</source>
        <translation>{text}은(는) 유한한 수가 아닙니다</translation>
    </message>
    <message>
        <source>that edge is not connected</source>
        <translation>그 연결은 이어져 있지 않습니다</translation>
    </message>
    <message>
        <source>a node needs a label; type at least one character</source>
        <translation>노드에는 이름이 필요합니다. 한 글자 이상 입력하세요</translation>
    </message>
    <message>
        <source>the network's shape changed since it was opened; undo those edits first</source>
        <translation>파일을 연 뒤 네트워크의 모양이 바뀌었습니다. 먼저 그 편집을 실행 취소하세요</translation>
    </message>
    <message>
        <source>the batch size must be at least 1 (or the whole data set)</source>
        <translation>배치 크기는 1 이상이어야 합니다 (또는 데이터셋 전체)</translation>
    </message>
    <message>
        <source>train for at least one epoch</source>
        <translation>적어도 한 에포크는 학습하세요</translation>
    </message>
    <message>
        <source>no earlier record is being viewed</source>
        <translation>보고 있는 이전 기록이 없습니다</translation>
    </message>
    <message>
        <source>the optimizer is {name} already</source>
        <translation>옵티마이저가 이미 {name}입니다</translation>
    </message>
    <message>
        <source>Set {key} to {value}</source>
        <translation>{key}을(를) {value}(으)로 설정</translation>
    </message>
    <message>
        <source>test samples need both their inputs and their targets</source>
        <translation>테스트 샘플에는 입력과 목표값이 모두 필요합니다</translation>
    </message>
    <message>
        <source>the network needs at least one training sample; keep one row</source>
        <translation>네트워크에는 훈련 샘플이 하나 이상 필요합니다. 한 행은 남겨 두세요</translation>
    </message>
    <message>
        <source>'{text}' is not a number</source>
        <translation>'{text}'은(는) 수가 아닙니다</translation>
    </message>
    <message>
        <source>a loss is never negative</source>
        <translation>손실은 음수가 될 수 없습니다</translation>
    </message>
    <message>
        <source>the {name} data has {count} per sample; the {layer} layer has {units}</source>
        <translation>{name} 데이터는 샘플마다 {count}이지만 {layer}층은 {units}입니다</translation>
    </message>
    <message>
        <source>the {which} {what} are not a table of numbers</source>
        <translation>{which} {what}이(가) 수로 된 표가 아닙니다</translation>
    </message>
    <message>
        <source>the {which} data has {count} per sample; the {layer} layer has {units}</source>
        <translation>{which} 데이터는 샘플마다 {count}이지만 {layer}층은 {units}입니다</translation>
    </message>
    <message>
        <source>{which} sample {row} has {noun} {column} = {value}; every value must be a finite number</source>
        <translation>{which} 샘플 {row}의 {noun} {column} = {value}입니다. 모든 값은 유한한 수여야 합니다</translation>
    </message>
    <message>
        <source>the {which} data has {inputs} of inputs but {targets} of targets</source>
        <translation>{which} 데이터의 입력은 {inputs}인데 목표값은 {targets}입니다</translation>
    </message>
    <message>
        <source>the data has {n_inputs} inputs per sample, so the input layer keeps {n_inputs} nodes</source>
        <translation>데이터의 샘플마다 입력이 {n_inputs}개이므로 입력층은 노드 {n_inputs}개를 유지합니다</translation>
    </message>
    <message>
        <source>the data has {n_outputs} targets per sample, so the output layer keeps {n_outputs} nodes</source>
        <translation>데이터의 샘플마다 목표값이 {n_outputs}개이므로 출력층은 노드 {n_outputs}개를 유지합니다</translation>
    </message>
    <message>
        <source>Training is back at epoch {now}; epoch {was} is kept: redo (or undo) returns to it.</source>
        <translation>학습이 에포크 {now}(으)로 돌아갔습니다. 에포크 {was}은(는) 보존되며, 다시 실행(또는 실행 취소)하면 그곳으로 돌아갑니다.</translation>
    </message>
    <message>
        <source>There is nothing to roll back to in this run.</source>
        <translation>이 실행에는 되돌아갈 지점이 없습니다.</translation>
    </message>
    <message>
        <source>a hidden layer goes between the input and output layers, not at {column}</source>
        <translation>은닉층은 입력층과 출력층 사이에 들어가야 합니다. {column} 위치에는 넣을 수 없습니다</translation>
    </message>
    <message>
        <source>only a hidden layer can be removed</source>
        <translation>은닉층만 제거할 수 있습니다</translation>
    </message>
    <message>
        <source>a layer needs at least one node</source>
        <translation>층에는 노드가 하나 이상 필요합니다</translation>
    </message>
    <message>
        <source>saved for {count} training samples, the data has {n_samples}</source>
        <translation>훈련 샘플 {count}개에 대해 저장되었지만 데이터에는 {n_samples}개가 있습니다</translation>
    </message>
    <message>
        <source>sample {number}: {inputs} → {targets}</source>
        <translation>샘플 {number}: {inputs} → {targets}</translation>
    </message>
    <message>
        <source>unknown activation {name!r} (known: {known})</source>
        <translation>알 수 없는 활성화 함수 {name!r} (알려진 것: {known})</translation>
    </message>
    <message>
        <source>{what} is out of range: layers[{column}] has {size} {things} (0 to {highest})</source>
        <translation>{what}이(가) 범위를 벗어났습니다: layers[{column}]에는 {things}이(가) {size}개 있습니다 (0부터 {highest}까지)</translation>
    </message>
    <message>
        <source>{after} = {value} from {name} = {before}: the step {rule} takes from its current state (η = {rate}), not the plain step {name} − η·∂E/∂{name}</source>
        <translation>{after} = {value} ({name} = {before}에서): {rule}이(가) 현재 상태에서 내딛는 스텝입니다 (η = {rate}). 단순한 스텝 {name} − η·∂E/∂{name}이(가) 아닙니다</translation>
    </message>
    <message>
        <source>this layer's biases do not learn (train_bias false)</source>
        <translation>이 층의 편향은 학습하지 않습니다 (train_bias false)</translation>
    </message>
    <message>
        <source>an absent edge stays 0</source>
        <translation>없는 연결은 0으로 남습니다</translation>
    </message>
    <message>
        <source>{after} = {name} = {value}: {reason}</source>
        <translation>{after} = {name} = {value}: {reason}</translation>
    </message>
    <message>
        <source>layers[0] is the input layer: it has no weights or biases</source>
        <translation>layers[0]은 입력층입니다: 가중치나 편향이 없습니다</translation>
    </message>
    <message>
        <source>layers[{column}] is out of range: the layers after the input are 1 to {count}</source>
        <translation>layers[{column}]이(가) 범위를 벗어났습니다: 입력 다음의 층은 1부터 {count}까지입니다</translation>
    </message>
    <message>
        <source>the pass has no targets: run the backward pass first</source>
        <translation>이 패스에는 목표값이 없습니다: 먼저 역전파를 실행하세요</translation>
    </message>
    <message>
        <source>sample {sample} is out of range (0..{last})</source>
        <translation>샘플 {sample}이(가) 범위를 벗어났습니다 (0..{last})</translation>
    </message>
    <message>
        <source>{node} has no edge on to the outputs</source>
        <translation>{node}에서 출력으로 가는 연결이 없습니다</translation>
    </message>
    <message>
        <source>the edge is absent (held at 0)</source>
        <translation>이 연결은 없습니다 (0으로 고정)</translation>
    </message>
    <message>
        <source> + … ({more} more)</source>
        <translation> + … (그 밖에 {more}개)</translation>
    </message>
    <message>
        <source>where</source>
        <translation>여기서</translation>
    </message>
    <message>
        <source>expected {forms}, got {text!r}</source>
        <translation>{forms} 형식이어야 하는데 {text!r}입니다</translation>
    </message>
    <message>
        <source>nodes</source>
        <translation>노드</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>참고: {note}</translation>
    </message>
    <message>
        <source>∂E/∂{name} has {count} paths to the outputs (over {limit})</source>
        <translation>∂E/∂{name}에서 출력까지의 경로가 {count}개입니다 ({limit}개 초과)</translation>
    </message>
    <message>
        <source>{loss} with a {output} output: the engine computes each output's ∂E/∂net directly, so a path starts with that one factor instead of ∂E/∂out · ∂out/∂net (the {output}'s own derivative cancels into it).</source>
        <translation>{output} 출력과 {loss}: 엔진은 각 출력의 ∂E/∂net을 바로 계산하므로, 경로는 ∂E/∂out · ∂out/∂net 대신 그 인수 하나로 시작합니다 ({output}의 도함수가 그 안에서 약분됩니다).</translation>
    </message>
    <message>
        <source>{why}: no path reaches the loss, so the gradient is 0.</source>
        <translation>{why}: 손실에 이르는 경로가 없으므로 기울기는 0입니다.</translation>
    </message>
    <message>
        <source>… ({more} more paths)</source>
        <translation>… (그 밖에 경로 {more}개)</translation>
    </message>
    <message>
        <source>{file}, row {row}, column {column}</source>
        <translation>{file}, {row}행 {column}열</translation>
    </message>
    <message>
        <source>CSV files</source>
        <translation>CSV 파일</translation>
    </message>
    <message>
        <source>.npz files</source>
        <translation>.npz 파일</translation>
    </message>
    <message>
        <source>idx files</source>
        <translation>idx 파일</translation>
    </message>
    <message>
        <source>{where}: {cell!r} is not a finite number</source>
        <translation>{where}: {cell!r}은(는) 유한한 수가 아닙니다</translation>
    </message>
    <message>
        <source>no arrays</source>
        <translation>배열 없음</translation>
    </message>
    <message>
        <source>{file} holds {found}; expected inputs and targets (and optionally test_inputs, test_targets), or Keras' x_train, y_train (and optionally x_test, y_test)</source>
        <translation>{file}에는 {found}이(가) 들어 있습니다. inputs와 targets(선택적으로 test_inputs, test_targets) 또는 Keras의 x_train, y_train(선택적으로 x_test, y_test)이 있어야 합니다</translation>
    </message>
    <message>
        <source>its header</source>
        <translation>헤더</translation>
    </message>
    <message>
        <source>{where}: the cell is empty; every cell must hold a number</source>
        <translation>{where}: 셀이 비어 있습니다. 모든 셀에는 수가 있어야 합니다</translation>
    </message>
    <message>
        <source>{where}: {cell!r} is not a number</source>
        <translation>{where}: {cell!r}은(는) 수가 아닙니다</translation>
    </message>
    <message>
        <source>{file} is {size:,} bytes; the playground reads {what} of at most {mib} MiB</source>
        <translation>{file}의 크기는 {size:,}바이트입니다. 플레이그라운드는 최대 {mib} MiB의 {what}만 읽습니다</translation>
    </message>
    <message>
        <source>{file}: the playground reads {what} of at most {limit:,} bytes</source>
        <translation>{file}: 플레이그라운드는 최대 {limit:,}바이트의 {what}만 읽습니다</translation>
    </message>
    <message>
        <source>{file}: {rows:,} rows × {width:,} columns is {values:,} numbers; the playground reads at most {limit:,}</source>
        <translation>{file}: {rows:,}행 × {width:,}열은 수 {values:,}개입니다. 플레이그라운드는 최대 {limit:,}개까지 읽습니다</translation>
    </message>
    <message>
        <source>{file} holds no rows of numbers</source>
        <translation>{file}에 수로 된 행이 없습니다</translation>
    </message>
    <message>
        <source>target_columns must be a whole number, not {target_columns!r}</source>
        <translation>target_columns는 정수여야 합니다. {target_columns!r}은(는) 안 됩니다</translation>
    </message>
    <message>
        <source>{file} has {width} columns; it needs at least one input column besides its {target_columns} target column(s)</source>
        <translation>{file}에는 열이 {width}개 있습니다. 목표값 열 {target_columns}개 외에 입력 열이 하나 이상 필요합니다</translation>
    </message>
    <message>
        <source>{file} is not an .npz file: it is not a complete zip archive</source>
        <translation>{file}은(는) .npz 파일이 아닙니다: 완전한 zip 압축 파일이 아닙니다</translation>
    </message>
    <message>
        <source>{file}: {what} declares {dims} values ({size:,} bytes); the playground reads arrays of at most {mib} MiB</source>
        <translation>{file}: {what}에 값 {dims}개({size:,}바이트)가 선언되어 있습니다. 플레이그라운드는 최대 {mib} MiB의 배열만 읽습니다</translation>
    </message>
    <message>
        <source>{file}: {key} holds {dtype} values, not numbers</source>
        <translation>{file}: {key}에는 수가 아닌 {dtype} 값이 들어 있습니다</translation>
    </message>
    <message>
        <source>{file}: {key} holds no samples (shape {shape})</source>
        <translation>{file}: {key}에 샘플이 없습니다 (모양 {shape})</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>{low}부터 {high}까지</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>{file}: class labels must be whole numbers 0 to {highest}; found {found}</source>
        <translation>{file}: 클래스 레이블은 0부터 {highest}까지의 정수여야 하는데 {found}이(가) 있습니다</translation>
    </message>
    <message>
        <source>Cannot read {path}: it is not a regular file</source>
        <translation>{path}을(를) 읽을 수 없습니다: 일반 파일이 아닙니다</translation>
    </message>
    <message>
        <source>{file} is cut short: it ends {missing:,} bytes before the end its header declares</source>
        <translation>{file}이(가) 잘려 있습니다: 헤더가 선언한 끝보다 {missing:,}바이트 앞에서 끝납니다</translation>
    </message>
    <message>
        <source>{file} is not an idx file: it does not start with an idx magic number</source>
        <translation>{file}은(는) idx 파일이 아닙니다: idx 매직 넘버로 시작하지 않습니다</translation>
    </message>
    <message>
        <source>{file}: an idx file with {n_dims} dimensions; the playground reads 1 to {limit}</source>
        <translation>{file}: {n_dims}차원 idx 파일입니다. 플레이그라운드는 1차원부터 {limit}차원까지 읽습니다</translation>
    </message>
    <message>
        <source>{file} holds no values (shape {shape})</source>
        <translation>{file}에 값이 없습니다 (모양 {shape})</translation>
    </message>
    <message>
        <source>{labels} holds {shape} {dtype} values; labels are one whole number per image</source>
        <translation>{labels}에는 {shape} 모양의 {dtype} 값이 들어 있습니다. 레이블은 이미지마다 정수 하나여야 합니다</translation>
    </message>
    <message>
        <source>{images} holds {image_count:,} images but {labels} {label_count:,}</source>
        <translation>{images}에는 이미지가 {image_count:,}개 있지만 {labels}에는 {label_count:,}개 있습니다</translation>
    </message>
    <message>
        <source>{file}: the images hold no numbers (shape {shape})</source>
        <translation>{file}: 이미지에 수가 없습니다 (모양 {shape})</translation>
    </message>
    <message>
        <source>{name}: test images have {test_pixels} pixels, training images {training_pixels}</source>
        <translation>{name}: 테스트 이미지는 {test_pixels}픽셀, 훈련 이미지는 {training_pixels}픽셀입니다</translation>
    </message>
    <message>
        <source>{file}: a test set needs both test_path and test_labels</source>
        <translation>{file}: 테스트 세트에는 test_path와 test_labels가 모두 필요합니다</translation>
    </message>
    <message>
        <source>{suffix} files</source>
        <translation>{suffix} 파일</translation>
    </message>
    <message>
        <source>files without a .csv or .npz suffix</source>
        <translation>.csv나 .npz 확장자가 없는 파일</translation>
    </message>
    <message>
        <source>{file}: the playground reads .csv, .npz and idx files (…-idx3-ubyte, plain or .gz), not {what}</source>
        <translation>{file}: 플레이그라운드는 .csv, .npz, idx 파일(…-idx3-ubyte, 그대로 또는 .gz)을 읽으며 {what}은(는) 읽지 않습니다</translation>
    </message>
    <message>
        <source>{kind} take no option {option!r}; they take {takes}</source>
        <translation>{kind}에는 {option!r} 옵션이 없습니다. 쓸 수 있는 옵션: {takes}</translation>
    </message>
    <message>
        <source>{file}: an idx file of images needs its labels file (labels)</source>
        <translation>{file}: 이미지 idx 파일에는 레이블 파일(labels)이 필요합니다</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>{path}을(를) 읽을 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>{file} is not a UTF-8 text file</source>
        <translation>{file}은(는) UTF-8 텍스트 파일이 아닙니다</translation>
    </message>
    <message>
        <source>{file}, row {row}: {exc}</source>
        <translation>{file}, {row}행: {exc}</translation>
    </message>
    <message>
        <source>{where}: {cell!r} is not a number (values must be separated by commas)</source>
        <translation>{where}: {cell!r}은(는) 수가 아닙니다 (값은 쉼표로 구분해야 합니다)</translation>
    </message>
    <message>
        <source>{file}, row 1, column {column}: the header holds the control character U+{code:04X}; labels may hold no control characters but tab</source>
        <translation>{file}, 1행 {column}열: 헤더에 제어 문자 U+{code:04X}이(가) 있습니다. 레이블에는 탭 외의 제어 문자를 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>{file} holds no rows of numbers (values must be separated by commas)</source>
        <translation>{file}에 수로 된 행이 없습니다 (값은 쉼표로 구분해야 합니다)</translation>
    </message>
    <message>
        <source>{file}: the test set must be a .csv file too, not {other!r}</source>
        <translation>{file}: 테스트 세트도 .csv 파일이어야 합니다. {other!r}은(는) 안 됩니다</translation>
    </message>
    <message>
        <source>{file} has {columns} columns, but the training file {other} has {training_columns}</source>
        <translation>{file}에는 열이 {columns}개 있지만 훈련 파일 {other}에는 {training_columns}개 있습니다</translation>
    </message>
    <message>
        <source>{file} cannot be read: {exc}</source>
        <translation>{file}을(를) 읽을 수 없습니다: {exc}</translation>
    </message>
    <message>
        <source>{file} is damaged or not an .npz file: {exc}</source>
        <translation>{file}이(가) 손상되었거나 .npz 파일이 아닙니다: {exc}</translation>
    </message>
    <message>
        <source>{file}: {key} is not a NumPy array</source>
        <translation>{file}: {key}은(는) NumPy 배열이 아닙니다</translation>
    </message>
    <message>
        <source>{file}: {x_key} has {x_samples} samples but {y_key} has {y_samples}</source>
        <translation>{file}: {x_key}에는 샘플이 {x_samples}개 있지만 {y_key}에는 {y_samples}개 있습니다</translation>
    </message>
    <message>
        <source>{file} is damaged or not an idx file: {reason}</source>
        <translation>{file}이(가) 손상되었거나 idx 파일이 아닙니다: {reason}</translation>
    </message>
    <message>
        <source>{file}: the images hold values that are not finite numbers</source>
        <translation>{file}: 이미지에 유한한 수가 아닌 값이 있습니다</translation>
    </message>
    <message>
        <source>{file}, row {row}: {count} values, but the first row has {width}</source>
        <translation>{file}, {row}행: 값이 {count}개인데 첫 행에는 {width}개 있습니다</translation>
    </message>
    <message>
        <source>{file}: a test set needs both {test_inputs} and {test_targets}</source>
        <translation>{file}: 테스트 세트에는 {test_inputs}와(과) {test_targets}가 모두 필요합니다</translation>
    </message>
    <message>
        <source>{file} holds Python objects (pickled data), which the playground never loads because they could run code; save plain numeric arrays with np.savez</source>
        <translation>{file}에는 Python 객체(pickle 데이터)가 들어 있습니다. 코드를 실행할 수 있으므로 플레이그라운드는 이를 절대 불러오지 않습니다. np.savez로 순수한 수치 배열을 저장하세요</translation>
    </message>
    <message>
        <source>{file} holds more data than its header declares</source>
        <translation>{file}에 헤더가 선언한 것보다 많은 데이터가 있습니다</translation>
    </message>
    <message>
        <source>{file}: {key} is not a plain NumPy array</source>
        <translation>{file}: {key}은(는) 일반 NumPy 배열이 아닙니다</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>파일이 없습니다</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>정수</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>수</translation>
    </message>
    <message>
        <source>{dataset}: {key} must be {kind_name} from {low} to {high}, not {value!r}</source>
        <translation>{dataset}: {key}은(는) {low}부터 {high}까지의 {kind_name}여야 합니다. {value!r}은(는) 안 됩니다</translation>
    </message>
    <message>
        <source>{name}: {what} must hold numbers, not {dtype} values</source>
        <translation>{name}: {what}에는 {dtype} 값이 아닌 수가 있어야 합니다</translation>
    </message>
    <message>
        <source>{name}: {what} must be 2-D (samples × columns), not {shape}</source>
        <translation>{name}: {what}은(는) 2차원(샘플 × 열)이어야 합니다. {shape}은(는) 안 됩니다</translation>
    </message>
    <message>
        <source>{name}: {what} is empty (shape {shape})</source>
        <translation>{name}: {what}이(가) 비어 있습니다 (모양 {shape})</translation>
    </message>
    <message>
        <source>{name}: {what} holds {value} at row {row}, column {column}; every value must be a finite number</source>
        <translation>{name}: {what}의 {row}행 {column}열에 {value}이(가) 있습니다. 모든 값은 유한한 수여야 합니다</translation>
    </message>
    <message>
        <source>{name}: {labels} {what} labels for {columns} {what} columns</source>
        <translation>{name}: {what} 열 {columns}개에 {what} 레이블이 {labels}개입니다</translation>
    </message>
    <message>
        <source>{name}: {inputs} {what} input rows but {targets} {what} target rows</source>
        <translation>{name}: {what} 입력 행은 {inputs}개인데 {what} 목표값 행은 {targets}개입니다</translation>
    </message>
    <message>
        <source>{name}: a test set needs both test inputs and test targets</source>
        <translation>{name}: 테스트 세트에는 테스트 입력과 테스트 목표값이 모두 필요합니다</translation>
    </message>
    <message>
        <source>{name}: task must be one of {tasks}, not {task!r}</source>
        <translation>{name}: 작업은 {tasks} 중 하나여야 합니다. {task!r}은(는) 안 됩니다</translation>
    </message>
    <message>
        <source>{dataset}: {key} must be one of {choices}, not {value!r}</source>
        <translation>{dataset}: {key}은(는) {choices} 중 하나여야 합니다. {value!r}은(는) 안 됩니다</translation>
    </message>
    <message>
        <source>There is no built-in dataset {name!r}; the built-ins are {known}</source>
        <translation>내장 데이터셋 {name!r}은(는) 없습니다. 내장 데이터셋: {known}</translation>
    </message>
    <message>
        <source>{name} has no parameter {parameter!r}; its parameters: {accepted}</source>
        <translation>{name}에는 {parameter!r} 매개변수가 없습니다. 매개변수: {accepted}</translation>
    </message>
    <message>
        <source>{name}: {what} is not a rectangular table of numbers</source>
        <translation>{name}: {what}이(가) 수로 된 직사각형 표가 아닙니다</translation>
    </message>
    <message>
        <source>test inputs</source>
        <translation>테스트 입력</translation>
    </message>
    <message>
        <source>test targets</source>
        <translation>테스트 목표값</translation>
    </message>
    <message>
        <source>{name}: test samples have {test_inputs} inputs and {test_targets} targets, training samples {inputs} and {targets}</source>
        <translation>{name}: 테스트 샘플은 입력 {test_inputs}개와 목표값 {test_targets}개, 훈련 샘플은 {inputs}개와 {targets}개입니다</translation>
    </message>
    <message>
        <source>digits: cannot read the bundled file {path}: {exc}</source>
        <translation>digits: 함께 제공된 파일 {path}을(를) 읽을 수 없습니다: {exc}</translation>
    </message>
    <message>
        <source>copy Keras' mnist.npz into ~/.keras/datasets/</source>
        <translation>Keras의 mnist.npz를 ~/.keras/datasets/에 복사하세요</translation>
    </message>
    <message>
        <source>install Debian's dataset-fashion-mnist or copy Keras' fashion-mnist folder into ~/.keras/datasets/</source>
        <translation>Debian의 dataset-fashion-mnist를 설치하거나 Keras의 fashion-mnist 폴더를 ~/.keras/datasets/에 복사하세요</translation>
    </message>
    <message>
        <source>{name} is not on this machine (looked in {places}); the playground never downloads: {what_to_do}, or use the built-in digits</source>
        <translation>{name}이(가) 이 컴퓨터에 없습니다 (찾아본 곳: {places}). 플레이그라운드는 아무것도 내려받지 않습니다: {what_to_do}. 또는 내장 digits를 사용하세요</translation>
    </message>
    <message>
        <source>${variable} (not set)</source>
        <translation>${variable} (설정되지 않음)</translation>
    </message>
    <message>
        <source>{file}: expected Keras' x_train, y_train, x_test and y_test</source>
        <translation>{file}: Keras의 x_train, y_train, x_test, y_test가 있어야 합니다</translation>
    </message>
    <message>
        <source>{file}: {y_key} must hold one whole-number label per image of {x_key}</source>
        <translation>{file}: {y_key}에는 {x_key}의 이미지마다 정수 레이블이 하나씩 있어야 합니다</translation>
    </message>
    <message>
        <source>capacity must be at least 4</source>
        <translation>용량은 4 이상이어야 합니다</translation>
    </message>
    <message>
        <source>uniform initialiser needs low &lt; high, got {low} and {high}</source>
        <translation>uniform 초기화 방법에는 low &lt; high가 필요한데 {low}와(과) {high}입니다</translation>
    </message>
    <message>
        <source>normal initialiser needs stddev ≥ 0, got {stddev}</source>
        <translation>normal 초기화 방법에는 stddev ≥ 0이 필요한데 {stddev}입니다</translation>
    </message>
    <message>
        <source>numpy_legacy draws {draws}, not {draw!r}</source>
        <translation>numpy_legacy는 {draws}만 뽑습니다. {draw!r}은(는) 안 됩니다</translation>
    </message>
    <message>
        <source>numpy_legacy skip must be from 0 to {limit}, got {skip}</source>
        <translation>numpy_legacy의 skip은 0부터 {limit}까지여야 하는데 {skip}입니다</translation>
    </message>
    <message>
        <source>takes {known}</source>
        <translation>받는 매개변수: {known}</translation>
    </message>
    <message>
        <source>takes no parameters</source>
        <translation>매개변수를 받지 않습니다</translation>
    </message>
    <message>
        <source>initialiser {name} {takes}, got {unknown}</source>
        <translation>초기화 방법 {name}: {takes}. 받은 값: {unknown}</translation>
    </message>
    <message>
        <source>unknown initialiser {name!r} (known: {known})</source>
        <translation>알 수 없는 초기화 방법 {name!r} (알려진 것: {known})</translation>
    </message>
    <message>
        <source>binary_cross_entropy needs targets from 0 to 1</source>
        <translation>binary_cross_entropy에는 0부터 1 사이의 목표값이 필요합니다</translation>
    </message>
    <message>
        <source>{loss_name} needs a {paired_activation} output layer, not {output_activation}</source>
        <translation>{loss_name}에는 {output_activation}이(가) 아니라 {paired_activation} 출력층이 필요합니다</translation>
    </message>
    <message>
        <source>a softmax output layer needs the cross_entropy loss, not {loss_name}</source>
        <translation>softmax 출력층에는 {loss_name}이(가) 아니라 cross_entropy 손실이 필요합니다</translation>
    </message>
    <message>
        <source>a softmax output layer needs two or more nodes (one per class)</source>
        <translation>softmax 출력층에는 노드가 두 개 이상 필요합니다 (클래스마다 하나)</translation>
    </message>
    <message>
        <source>softmax with cross_entropy needs one-hot targets (one 1 per sample, the rest 0): these targets are not</source>
        <translation>softmax와 cross_entropy에는 원-핫 목표값(샘플마다 1이 하나, 나머지는 0)이 필요합니다: 이 목표값은 그렇지 않습니다</translation>
    </message>
    <message>
        <source>{loss_name} needs a {paired_activation} output layer, not {output_activation} (for one sigmoid output, binary_cross_entropy is the cross-entropy)</source>
        <translation>{loss_name}에는 {output_activation}이(가) 아니라 {paired_activation} 출력층이 필요합니다 (sigmoid 출력이 하나일 때의 교차 엔트로피는 binary_cross_entropy입니다)</translation>
    </message>
    <message>
        <source>unknown loss {name!r} (known: {known})</source>
        <translation>알 수 없는 손실 {name!r} (알려진 것: {known})</translation>
    </message>
    <message>
        <source>{what}: expected rows of {width} values, got shape {shape}</source>
        <translation>{what}: 값 {width}개짜리 행이어야 하는데 모양이 {shape}입니다</translation>
    </message>
    <message>
        <source>bias has {size} values for {units} units</source>
        <translation>유닛 {units}개에 편향 값이 {size}개입니다</translation>
    </message>
    <message>
        <source>mask is {shape}, weights are {weights_shape}</source>
        <translation>마스크는 {shape}, 가중치는 {weights_shape}입니다</translation>
    </message>
    <message>
        <source>mask entries must be 0 or 1</source>
        <translation>마스크 항목은 0 또는 1이어야 합니다</translation>
    </message>
    <message>
        <source>the input layer needs at least one node</source>
        <translation>입력층에는 노드가 하나 이상 필요합니다</translation>
    </message>
    <message>
        <source>an input image of {shape} is not {input_units} inputs</source>
        <translation>{shape} 입력 이미지는 입력 {input_units}개가 아닙니다</translation>
    </message>
    <message>
        <source>a network needs at least one layer after the inputs</source>
        <translation>네트워크에는 입력 다음에 층이 하나 이상 필요합니다</translation>
    </message>
    <message>
        <source>unknown loss reduction {reduction!r} (known: {known})</source>
        <translation>알 수 없는 손실 축약 방식 {reduction!r} (알려진 것: {known})</translation>
    </message>
    <message>
        <source>{targets} targets for {samples} samples</source>
        <translation>샘플 {samples}개에 목표값이 {targets}개입니다</translation>
    </message>
    <message>
        <source>layers[{i}] takes {n_in} inputs, previous layer has {previous}</source>
        <translation>layers[{i}]는 입력 {n_in}개를 받는데 이전 층에는 {previous}개가 있습니다</translation>
    </message>
    <message>
        <source>layers[{i}]: {activation} is for the output layer only</source>
        <translation>layers[{i}]: {activation}은(는) 출력층에만 쓸 수 있습니다</translation>
    </message>
    <message>
        <source>{name} must be {rule}, got {value}</source>
        <translation>{name}은(는) {rule}이어야 하는데 {value}입니다</translation>
    </message>
    <message>
        <source>{name} must be a finite number, got {value}</source>
        <translation>{name}은(는) 유한한 수여야 하는데 {value}입니다</translation>
    </message>
    <message>
        <source>{name} must be true or false, got {value}</source>
        <translation>{name}은(는) true 또는 false여야 하는데 {value}입니다</translation>
    </message>
    <message>
        <source>optimizer {optimizer}: unknown parameter {key!r} (known: {known})</source>
        <translation>옵티마이저 {optimizer}: 알 수 없는 매개변수 {key!r} (알려진 것: {known})</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 또는 false</translation>
    </message>
    <message>
        <source>the learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <source>the perceptron optimizer trains a single layer of step nodes (this network is {layer_sizes} with {activations})</source>
        <translation>perceptron 옵티마이저는 step 노드로 된 층 하나만 학습합니다 (이 네트워크는 {layer_sizes}, 활성화 함수 {activations}입니다)</translation>
    </message>
    <message>
        <source>{low} and {high}</source>
        <translation>{low} {high}</translation>
    </message>
    <message>
        <source>any number</source>
        <translation>임의의 수</translation>
    </message>
    <message>
        <source>update needs the gradients of a backward pass</source>
        <translation>업데이트에는 역전파의 기울기가 필요합니다</translation>
    </message>
    <message>
        <source>update needs the targets of a backward pass</source>
        <translation>업데이트에는 역전파의 목표값이 필요합니다</translation>
    </message>
    <message>
        <source>greater than {value}</source>
        <translation>{value} 초과</translation>
    </message>
    <message>
        <source>at least {value}</source>
        <translation>{value} 이상</translation>
    </message>
    <message>
        <source>less than {value}</source>
        <translation>{value} 미만</translation>
    </message>
    <message>
        <source>at most {value}</source>
        <translation>{value} 이하</translation>
    </message>
    <message>
        <source>optimizer {name}: {problem}</source>
        <translation>옵티마이저 {name}: {problem}</translation>
    </message>
    <message>
        <source>unknown optimizer {name!r} (known: {known})</source>
        <translation>알 수 없는 옵티마이저 {name!r} (알려진 것: {known})</translation>
    </message>
    <message>
        <source>choose different parameters for the axes</source>
        <translation>축마다 다른 매개변수를 고르세요</translation>
    </message>
    <message>
        <source>a grid needs at least 2 points on each axis</source>
        <translation>격자에는 축마다 점이 2개 이상 필요합니다</translation>
    </message>
    <message>
        <source>{inputs} input rows but {targets} target rows</source>
        <translation>입력 행은 {inputs}개인데 목표값 행은 {targets}개입니다</translation>
    </message>
    <message>
        <source>{param} is an absent edge (held at 0)</source>
        <translation>{param}은(는) 없는 연결입니다 (0으로 고정)</translation>
    </message>
    <message>
        <source>run the forward pass before the backward pass</source>
        <translation>역전파 전에 순전파를 실행하세요</translation>
    </message>
    <message>
        <source>run the backward pass before updating the weights</source>
        <translation>가중치를 업데이트하기 전에 역전파를 실행하세요</translation>
    </message>
    <message>
        <source>is a symbolic link, which saving never writes through</source>
        <translation>심볼릭 링크입니다. 저장할 때 링크를 따라 쓰지 않습니다</translation>
    </message>
    <message>
        <source>exists and is not a regular file</source>
        <translation>이미 있으며 일반 파일이 아닙니다</translation>
    </message>
    <message>
        <source>a .csv file</source>
        <translation>.csv 파일</translation>
    </message>
    <message>
        <source>an idx file (…-idx1-ubyte or …-idx3-ubyte, plain or .gz)</source>
        <translation>idx 파일(…-idx1-ubyte 또는 …-idx3-ubyte, 그대로 또는 .gz)</translation>
    </message>
    <message>
        <source>expected an object {{…}}, got {got}</source>
        <translation>객체 {{…}}여야 하는데 {got}입니다</translation>
    </message>
    <message>
        <source>none of them</source>
        <translation>아무것도 없음</translation>
    </message>
    <message>
        <source>give either inputs and targets, or builtin, or file (got {given})</source>
        <translation>inputs와 targets, builtin, file 중 하나만 지정하세요 (지정된 것: {given})</translation>
    </message>
    <message>
        <source>{targets} for {inputs} of inputs</source>
        <translation>입력 {inputs}에 대해 {targets}입니다</translation>
    </message>
    <message>
        <source>the playground reads .csv, .npz and idx files (…-idx3-ubyte, plain or .gz), not {path!r}</source>
        <translation>플레이그라운드는 .csv, .npz, idx 파일(…-idx3-ubyte, 그대로 또는 .gz)을 읽으며 {path!r}은(는) 읽지 않습니다</translation>
    </message>
    <message>
        <source>a test set needs both test_path and test_labels</source>
        <translation>테스트 세트에는 test_path와 test_labels가 모두 필요합니다</translation>
    </message>
    <message>
        <source>expected {expected} like the training file, not {path!r}</source>
        <translation>훈련 파일처럼 {expected}이어야 합니다. {path!r}은(는) 안 됩니다</translation>
    </message>
    <message>
        <source>cannot be written: a {type} is not a JSON value</source>
        <translation>쓸 수 없습니다: {type}은(는) JSON 값이 아닙니다</translation>
    </message>
    <message>
        <source>cannot be written: nested too deeply</source>
        <translation>쓸 수 없습니다: 너무 깊이 중첩되어 있습니다</translation>
    </message>
    <message>
        <source>cannot be written: keys must be text</source>
        <translation>쓸 수 없습니다: 키는 텍스트여야 합니다</translation>
    </message>
    <message>
        <source>cannot be written: {value} is not a finite number (the file allows none)</source>
        <translation>쓸 수 없습니다: {value}은(는) 유한한 수가 아닙니다 (파일에는 유한한 수만 쓸 수 있습니다)</translation>
    </message>
    <message>
        <source>expected a list of the input layer and at least one more, got {got}</source>
        <translation>입력층과 층 하나 이상으로 된 목록이어야 하는데 {got}입니다</translation>
    </message>
    <message>
        <source>{total:,} weights and biases; the playground takes at most {limit:,}</source>
        <translation>가중치와 편향이 {total:,}개입니다. 플레이그라운드는 최대 {limit:,}개까지 받습니다</translation>
    </message>
    <message>
        <source>expected [rows, columns] or [length], got {got}</source>
        <translation>[행, 열] 또는 [길이]여야 하는데 {got}입니다</translation>
    </message>
    <message>
        <source>{size} is {pixels} pixels, the input layer has {units} units</source>
        <translation>{size}은(는) {pixels}픽셀인데 입력층의 유닛은 {units}개입니다</translation>
    </message>
    <message>
        <source>{activation} is for the output layer only</source>
        <translation>{activation}은(는) 출력층에만 쓸 수 있습니다</translation>
    </message>
    <message>
        <source>expected 0 or 1, got {value!r}</source>
        <translation>0 또는 1이어야 하는데 {value!r}입니다</translation>
    </message>
    <message>
        <source>{weight!r} on an edge the mask removes (mask 0); it must be 0</source>
        <translation>마스크가 제거한 연결(마스크 0)에 {weight!r}이(가) 있습니다. 0이어야 합니다</translation>
    </message>
    <message>
        <source>missing (give weights and bias, or init)</source>
        <translation>없습니다 (weights와 bias 또는 init을 지정하세요)</translation>
    </message>
    <message>
        <source>only a seed</source>
        <translation>seed만</translation>
    </message>
    <message>
        <source>the {name} initialiser takes no {key} (it takes {takes})</source>
        <translation>{name} 초기화 방법은 {key}을(를) 받지 않습니다 (받는 것: {takes})</translation>
    </message>
    <message>
        <source>not a Neural Network Playground network file</source>
        <translation>Neural Network Playground 네트워크 파일이 아닙니다</translation>
    </message>
    <message>
        <source>the {layer} layer has {units}</source>
        <translation>{layer}층은 {units}입니다</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>폴더</translation>
    </message>
    <message>
        <source>cannot read it: it is {kind}, not a regular file</source>
        <translation>읽을 수 없습니다: {kind}이며 일반 파일이 아닙니다</translation>
    </message>
    <message>
        <source>{source} has {values} per sample, {has}</source>
        <translation>{source}은(는) 샘플마다 {values}인데, {has}</translation>
    </message>
    <message>
        <source>{size:,} bytes; the playground opens network files of at most 64 MiB</source>
        <translation>{size:,}바이트입니다. 플레이그라운드는 최대 64 MiB의 네트워크 파일만 엽니다</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>이름 있는 파이프</translation>
    </message>
    <message>
        <source>cannot read it: {written!r} is {kind}, not a regular file</source>
        <translation>읽을 수 없습니다: {written!r}은(는) {kind}이며 일반 파일이 아닙니다</translation>
    </message>
    <message>
        <source>not a Neural Network Playground network file (the JSON is {got})</source>
        <translation>Neural Network Playground 네트워크 파일이 아닙니다 (JSON이 {got}입니다)</translation>
    </message>
    <message>
        <source>missing: {not_ours}</source>
        <translation>없습니다: {not_ours}</translation>
    </message>
    <message>
        <source>{got}: {not_ours} (expected {format!r})</source>
        <translation>{got}: {not_ours} ({format!r}이어야 합니다)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>없습니다</translation>
    </message>
    <message>
        <source>expected 1 or {newest}, got {got}</source>
        <translation>1 또는 {newest}이어야 하는데 {got}입니다</translation>
    </message>
    <message>
        <source>made by a newer version of the playground (version {version}); this one reads versions 1 to {newest}</source>
        <translation>더 새로운 버전의 플레이그라운드에서 만든 파일입니다 (버전 {version}). 이 버전은 1부터 {newest}까지 읽습니다</translation>
    </message>
    <message>
        <source>no such file {written!r} (looked for {where})</source>
        <translation>{written!r} 파일이 없습니다 (찾아본 곳: {where})</translation>
    </message>
    <message>
        <source>rows of {values}, {has}</source>
        <translation>행마다 {values}인데, {has}</translation>
    </message>
    <message>
        <source>not a network file: not UTF-8 text</source>
        <translation>네트워크 파일이 아닙니다: UTF-8 텍스트가 아닙니다</translation>
    </message>
    <message>
        <source>cannot read it: {reason}</source>
        <translation>읽을 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>장치</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>일반 파일이 아님</translation>
    </message>
    <message>
        <source>expected a list, got {got}</source>
        <translation>목록이어야 하는데 {got}입니다</translation>
    </message>
    <message>
        <source>the training samples' numbers</source>
        <translation>훈련 샘플 번호</translation>
    </message>
    <message>
        <source>{count} numbers</source>
        <translation>수 {count}개</translation>
    </message>
    <message>
        <source>expected {expected}, got {got}</source>
        <translation>{expected}이어야 하는데 {got}입니다</translation>
    </message>
    <message>
        <source>must name each training sample once</source>
        <translation>훈련 샘플마다 한 번씩 지정해야 합니다</translation>
    </message>
    <message>
        <source>expected 4 numbers, got {got}</source>
        <translation>수 4개여야 하는데 {got}입니다</translation>
    </message>
    <message>
        <source>expected […, 'w' or 'b', layer], got {key!r}</source>
        <translation>[…, 'w' 또는 'b', 층]이어야 하는데 {key!r}입니다</translation>
    </message>
    <message>
        <source>not a generator state ({exc})</source>
        <translation>난수 생성기 상태가 아닙니다 ({exc})</translation>
    </message>
    <message>
        <source>expected at most {limit:,} [epoch, value] pairs</source>
        <translation>[에포크, 값] 쌍은 최대 {limit:,}개여야 합니다</translation>
    </message>
    <message>
        <source>a {type}</source>
        <translation>{type}</translation>
    </message>
    <message>
        <source>{count} rows of different lengths ({widths})</source>
        <translation>길이가 서로 다른 행 {count}개 ({widths})</translation>
    </message>
    <message>
        <source>{token} is too large: every number must be finite (within ±1.8e308)</source>
        <translation>{token}은(는) 너무 큽니다: 모든 수는 유한해야 합니다 (±1.8e308 이내)</translation>
    </message>
    <message>
        <source>{count} row</source>
        <translation>{count}행</translation>
    </message>
    <message>
        <source>{count} rows</source>
        <translation>{count}행</translation>
    </message>
    <message>
        <source>{count} value</source>
        <translation>값 {count}개</translation>
    </message>
    <message>
        <source>{count} values</source>
        <translation>값 {count}개</translation>
    </message>
    <message>
        <source>{count} unit</source>
        <translation>유닛 {count}개</translation>
    </message>
    <message>
        <source>{count} units</source>
        <translation>유닛 {count}개</translation>
    </message>
    <message>
        <source>{count} node</source>
        <translation>노드 {count}개</translation>
    </message>
    <message>
        <source>{count} nodes</source>
        <translation>노드 {count}개</translation>
    </message>
    <message>
        <source>{count} input</source>
        <translation>입력 {count}개</translation>
    </message>
    <message>
        <source>{count} inputs</source>
        <translation>입력 {count}개</translation>
    </message>
    <message>
        <source>{count} target</source>
        <translation>목표값 {count}개</translation>
    </message>
    <message>
        <source>{count} targets</source>
        <translation>목표값 {count}개</translation>
    </message>
    <message>
        <source>{count} input value</source>
        <translation>입력값 {count}개</translation>
    </message>
    <message>
        <source>{count} input values</source>
        <translation>입력값 {count}개</translation>
    </message>
    <message>
        <source>{count} target value</source>
        <translation>목표값 {count}개</translation>
    </message>
    <message>
        <source>{count} target values</source>
        <translation>목표값 {count}개</translation>
    </message>
    <message>
        <source>{count} training row</source>
        <translation>훈련 행 {count}개</translation>
    </message>
    <message>
        <source>{count} training rows</source>
        <translation>훈련 행 {count}개</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>객체</translation>
    </message>
    <message>
        <source>a list of {count} values, not of rows</source>
        <translation>행이 아니라 값 {count}개로 된 목록</translation>
    </message>
    <message>
        <source>{token} is not allowed: every number must be finite</source>
        <translation>{token}은(는) 쓸 수 없습니다: 모든 수는 유한해야 합니다</translation>
    </message>
    <message>
        <source>a list of {count}</source>
        <translation>항목 {count}개의 목록</translation>
    </message>
    <message>
        <source>an empty list</source>
        <translation>빈 목록</translation>
    </message>
    <message>
        <source>expected a number, got {got}</source>
        <translation>수여야 하는데 {got}입니다</translation>
    </message>
    <message>
        <source>{got} is not a finite number</source>
        <translation>{got}은(는) 유한한 수가 아닙니다</translation>
    </message>
    <message>
        <source>expected a whole number from {low}, got {got}</source>
        <translation>{low} 이상의 정수여야 하는데 {got}입니다</translation>
    </message>
    <message>
        <source>expected at most {high}, got {got}</source>
        <translation>{high} 이하여야 하는데 {got}입니다</translation>
    </message>
    <message>
        <source>expected true or false, got {got}</source>
        <translation>true 또는 false여야 하는데 {got}입니다</translation>
    </message>
    <message>
        <source>expected text, got {got}</source>
        <translation>텍스트여야 하는데 {got}입니다</translation>
    </message>
    <message>
        <source>holds the control character U+{code:04X} at position {position}; names and labels may hold no control characters but tab</source>
        <translation>위치 {position}에 제어 문자 U+{code:04X}이(가) 있습니다. 이름과 레이블에는 탭 외의 제어 문자를 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>unknown {name!r} (known: {known})</source>
        <translation>알 수 없는 {name!r} (알려진 것: {known})</translation>
    </message>
    <message>
        <source>expected a list of {count} labels, got {got}</source>
        <translation>레이블 {count}개의 목록이어야 하는데 {got}입니다</translation>
    </message>
    <message>
        <source>expected {count} labels, got {got}</source>
        <translation>레이블이 {count}개여야 하는데 {got}개입니다</translation>
    </message>
    <message>
        <source>expected {size} numbers, got {got}</source>
        <translation>수 {size}개여야 하는데 {got}입니다</translation>
    </message>
    <message>
        <source>expected {size} numbers, got {count}</source>
        <translation>수 {size}개여야 하는데 {count}개입니다</translation>
    </message>
    <message>
        <source>expected {rows}×{cols} numbers, got {shape}</source>
        <translation>수 {rows}×{cols}개여야 하는데 {shape}입니다</translation>
    </message>
    <message>
        <source>expected a list of rows, one per sample, got {got}</source>
        <translation>샘플마다 한 행씩인 행 목록이어야 하는데 {got}입니다</translation>
    </message>
    <message>
        <source>{place}: {problem}</source>
        <translation>{place}: {problem}</translation>
    </message>
    <message>
        <source>line {line}, column {column}</source>
        <translation>{line}행 {column}열</translation>
    </message>
    <message>
        <source>not valid JSON ({reason})</source>
        <translation>올바른 JSON이 아닙니다 ({reason})</translation>
    </message>
    <message>
        <source>nested more than {depth} deep</source>
        <translation>{depth}단계보다 깊게 중첩되어 있습니다</translation>
    </message>
    <message>
        <source>not valid JSON text ({exc})</source>
        <translation>올바른 JSON 텍스트가 아닙니다 ({exc})</translation>
    </message>
    <message>
        <source>nested more than {depth} deep (the playground reads at most {depth} levels of [ ] and {{ }})</source>
        <translation>{depth}단계보다 깊게 중첩되어 있습니다 (플레이그라운드는 [ ]와 {{ }}를 최대 {depth}단계까지 읽습니다)</translation>
    </message>
    <message>
        <source>the key {quoted} appears twice</source>
        <translation>키 {quoted}이(가) 두 번 나옵니다</translation>
    </message>
    <message>
        <source>unknown key (known: {known})</source>
        <translation>알 수 없는 키 (알려진 것: {known})</translation>
    </message>
    <message>
        <source>{got} is too large</source>
        <translation>{got}은(는) 너무 큽니다</translation>
    </message>
    <message>
        <source>holds U+{code:04X} at position {start}, half of a character (a lone surrogate): not text</source>
        <translation>위치 {start}에 문자의 절반인 U+{code:04X}(짝 없는 서로게이트)이(가) 있습니다: 텍스트가 아닙니다</translation>
    </message>
    <message>
        <source>expected a row of numbers, got {got}</source>
        <translation>수로 된 행이어야 하는데 {got}입니다</translation>
    </message>
    <message>
        <source>expected {width} numbers like the first row, got {count}</source>
        <translation>첫 행처럼 수 {width}개여야 하는데 {count}개입니다</translation>
    </message>
    <message>
        <source>{count} nodes are called {name!r}</source>
        <translation>{name!r}(이)라는 노드가 {count}개 있습니다</translation>
    </message>
    <message>
        <source>no edge {source} → {target}</source>
        <translation>{source} → {target} 연결선이 없습니다</translation>
    </message>
    <message>
        <source>no lesson {lesson_id!r} (known: {known})</source>
        <translation>레슨 {lesson_id!r}이(가) 없습니다 (알려진 것: {known})</translation>
    </message>
    <message>
        <source>This network has {ins} and {outs}, so its output cannot be drawn over a plane. The boundary plot needs two inputs (a map of the plane), or one input and one output (a curve through the data points). The loss curve still shows how training goes.</source>
        <translation>이 네트워크는 {ins}, {outs}이므로 출력을 평면 위에 그릴 수 없습니다. 경계 그래프에는 입력 2개(평면의 지도)나, 입력 1개와 출력 1개(데이터 점을 지나는 곡선)가 필요합니다. 학습이 어떻게 진행되는지는 손실 곡선에서 계속 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>{n} input</source>
        <translation>입력 {n}개</translation>
    </message>
    <message>
        <source>{n} inputs</source>
        <translation>입력 {n}개</translation>
    </message>
    <message>
        <source>{n} output</source>
        <translation>출력 {n}개</translation>
    </message>
    <message>
        <source>{n} outputs</source>
        <translation>출력 {n}개</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>MisclassifiedGrid</name>
    <message>
        <source>{wrong} of {total} wrong{first}</source>
        <translation>{total}개 중 {wrong}개 틀림{first}</translation>
    </message>
    <message>
        <source>, the first {n}</source>
        <translation>, 처음 {n}개</translation>
    </message>
    <message>
        <source>predicted {p},
target {t}</source>
        <translation>예측 {p},
목표값 {t}</translation>
    </message>
    <message>
        <source>test sample {n}</source>
        <translation>테스트 샘플 {n}</translation>
    </message>
    <message>
        <source>sample {n}</source>
        <translation>샘플 {n}</translation>
    </message>
    <message>
        <source>{name}: click to see it large</source>
        <translation>{name}: 클릭하면 크게 봅니다</translation>
    </message>
</context>
<context>
    <name>NodeThumbnails</name>
    <message>
        <source>{node}'s output over the input plane: click to enlarge</source>
        <translation>입력 평면에서 {node}의 출력: 클릭하면 크게 봅니다</translation>
    </message>
</context>
<context>
    <name>OptimizerControls</name>
    <message>
        <source>mean (Keras)</source>
        <translation>평균 (Keras)</translation>
    </message>
    <message>
        <source>E is the mean of the samples' losses; each gradient too (Keras' default).</source>
        <translation>E는 샘플 손실의 평균이고, 각 기울기도 평균입니다 (Keras의 기본값).</translation>
    </message>
    <message>
        <source>sum (the notes' NumPy)</source>
        <translation>합 (노트의 NumPy)</translation>
    </message>
    <message>
        <source>E is the sum of the samples' losses, and the gradients add up over the samples, as the notes' NumPy loops compute them (np.dot over the whole batch).</source>
        <translation>E는 샘플 손실의 합이고, 기울기도 샘플에 걸쳐 더해집니다. 노트의 NumPy 반복문이 계산하는 방식과 같습니다 (전체 배치에 대한 np.dot).</translation>
    </message>
    <message>
        <source>learning rate η</source>
        <translation>학습률 η</translation>
    </message>
    <message>
        <source>How big a step each update takes: w ← w − η·∂E/∂w. Too big overshoots; too small crawls.</source>
        <translation>업데이트 한 번의 보폭입니다: w ← w − η·∂E/∂w. 너무 크면 지나치고, 너무 작으면 느립니다.</translation>
    </message>
    <message>
        <source>momentum</source>
        <translation>모멘텀</translation>
    </message>
    <message>
        <source>How much of the previous step is carried into the next one (0: none, just the gradient).</source>
        <translation>이전 스텝을 다음 스텝에 얼마나 이어 가는지입니다 (0: 전혀 없음, 기울기만 사용).</translation>
    </message>
    <message>
        <source>Nesterov</source>
        <translation>Nesterov</translation>
    </message>
    <message>
        <source>Take the gradient step from where the momentum is heading.</source>
        <translation>모멘텀이 향하는 곳에서 기울기 스텝을 밟습니다.</translation>
    </message>
    <message>
        <source>β₁ (beta_1)</source>
        <translation>β₁ (beta_1)</translation>
    </message>
    <message>
        <source>How slowly Adam's running mean of the gradients forgets.</source>
        <translation>Adam이 기울기의 이동 평균을 얼마나 천천히 잊는지입니다.</translation>
    </message>
    <message>
        <source>β₂ (beta_2)</source>
        <translation>β₂ (beta_2)</translation>
    </message>
    <message>
        <source>How slowly Adam's running mean of the squared gradients forgets.</source>
        <translation>Adam이 기울기 제곱의 이동 평균을 얼마나 천천히 잊는지입니다.</translation>
    </message>
    <message>
        <source>ε (epsilon)</source>
        <translation>ε (epsilon)</translation>
    </message>
    <message>
        <source>A tiny number added so that a step never divides by zero.</source>
        <translation>스텝이 0으로 나누지 않도록 더하는 아주 작은 수입니다.</translation>
    </message>
    <message>
        <source>ρ (rho)</source>
        <translation>ρ (rho)</translation>
    </message>
    <message>
        <source>How slowly RMSprop's running mean of the squared gradients forgets.</source>
        <translation>RMSprop이 기울기 제곱의 이동 평균을 얼마나 천천히 잊는지입니다.</translation>
    </message>
    <message>
        <source>E = Σ_outputs ½(t − y)²</source>
        <translation>E = Σ_outputs ½(t − y)²</translation>
    </message>
    <message>
        <source>E = mean_outputs (t − y)²</source>
        <translation>E = mean_outputs (t − y)²</translation>
    </message>
    <message>
        <source>E = −Σ_outputs t·log y (softmax output)</source>
        <translation>E = −Σ_outputs t·log y (softmax 출력)</translation>
    </message>
    <message>
        <source>E = −mean_outputs [t·log y + (1 − t)·log(1 − y)] (sigmoid output)</source>
        <translation>E = −mean_outputs [t·log y + (1 − t)·log(1 − y)] (sigmoid 출력)</translation>
    </message>
    <message>
        <source>Gradient descent, w ← w − lr·∂E/∂w; with momentum v ← m·v − lr·∂E/∂w, w ← w + v.</source>
        <translation>경사 하강법, w ← w − lr·∂E/∂w; 모멘텀이 있으면 v ← m·v − lr·∂E/∂w, w ← w + v.</translation>
    </message>
    <message>
        <source>Adam as Keras computes it: alpha = lr·√(1−β₂ᵗ)/(1−β₁ᵗ), w ← w − alpha·m/(√v + ε).</source>
        <translation>Keras가 계산하는 Adam: alpha = lr·√(1−β₂ᵗ)/(1−β₁ᵗ), w ← w − alpha·m/(√v + ε).</translation>
    </message>
    <message>
        <source>RMSprop as Keras computes it: v ← ρ·v + (1−ρ)·g², w ← w − lr·g/√(v + ε).</source>
        <translation>Keras가 계산하는 RMSprop: v ← ρ·v + (1−ρ)·g², w ← w − lr·g/√(v + ε).</translation>
    </message>
    <message>
        <source>Rosenblatt's rule for one step-activation layer: w ← w + lr·(t − y)·x, b ← b + lr·(t − y).</source>
        <translation>계단 활성화 층 하나에 대한 Rosenblatt의 규칙: w ← w + lr·(t − y)·x, b ← b + lr·(t − y).</translation>
    </message>
    <message>
        <source>Loss and optimizer</source>
        <translation>손실과 옵티마이저</translation>
    </message>
    <message>
        <source>The loss E that training makes smaller; the backward pass differentiates it.</source>
        <translation>학습이 줄여 나가는 손실 E입니다. 역전파가 이것을 미분합니다.</translation>
    </message>
    <message>
        <source>How the loss E of a batch gathers its samples' losses, and so how the gradients add up over them.</source>
        <translation>배치의 손실 E가 샘플들의 손실을 어떻게 모으는지, 그래서 기울기가 샘플에 걸쳐 어떻게 더해지는지입니다.</translation>
    </message>
    <message>
        <source>How the update step uses ∂E/∂w to change each weight. A new choice starts with its usual parameters.</source>
        <translation>업데이트 스텝이 ∂E/∂w로 각 가중치를 바꾸는 방법입니다. 새로 고르면 그 옵티마이저의 기본 매개변수로 시작합니다.</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <source>over the batch</source>
        <translation>배치에 걸쳐</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>옵티마이저</translation>
    </message>
    <message>
        <source>{tip} Allowed: {rule}.</source>
        <translation>{tip} 허용 범위: {rule}.</translation>
    </message>
</context>
<context>
    <name>PhaseIndicator</name>
    <message>
        <source>forward done</source>
        <translation>순전파 완료</translation>
    </message>
    <message>
        <source>backward done</source>
        <translation>역전파 완료</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>업데이트 완료</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>준비</translation>
    </message>
    <message>
        <source>Phase: {phase}</source>
        <translation>단계: {phase}</translation>
    </message>
</context>
<context>
    <name>PlayControls</name>
    <message>
        <source>1 step/s</source>
        <translation>초당 1 스텝</translation>
    </message>
    <message>
        <source>5 steps/s</source>
        <translation>초당 5 스텝</translation>
    </message>
    <message>
        <source>30 steps/s</source>
        <translation>초당 30 스텝</translation>
    </message>
    <message>
        <source>300 steps/s</source>
        <translation>초당 300 스텝</translation>
    </message>
    <message>
        <source>3,000 steps/s</source>
        <translation>초당 3,000 스텝</translation>
    </message>
    <message>
        <source>as fast as it goes</source>
        <translation>최대 속도</translation>
    </message>
    <message>
        <source>speed</source>
        <translation>속도</translation>
    </message>
    <message>
        <source>stop at loss ≤</source>
        <translation>멈출 손실 ≤</translation>
    </message>
    <message>
        <source>How many training steps a second while playing: slow to watch each update, or as fast as the engine goes</source>
        <translation>재생 중 초당 학습 스텝 수: 느리게 하면 업데이트를 하나씩 지켜볼 수 있고, 최대로 하면 엔진이 낼 수 있는 만큼 빠르게 학습합니다</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Stop playing once an epoch's loss is at or below this value (saved with the file)</source>
        <translation>에포크의 손실이 이 값 이하가 되면 재생을 멈춥니다 (파일에 함께 저장됩니다)</translation>
    </message>
    <message>
        <source>Not changed: {why}</source>
        <translation>바뀌지 않았습니다: {why}</translation>
    </message>
</context>
<context>
    <name>PlotsDock</name>
    <message>
        <source>Plots</source>
        <translation>그래프</translation>
    </message>
    <message>
        <source>Boundary</source>
        <translation>경계</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>혼동 행렬</translation>
    </message>
    <message>
        <source>Loss curve</source>
        <translation>손실 곡선</translation>
    </message>
    <message>
        <source>Boundary plot</source>
        <translation>경계 그래프</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>환경설정</translation>
    </message>
    <message>
        <source>Name weights as the notes do (w1 … w8, b1, b2)</source>
        <translation>가중치를 강의 노트처럼 부르기 (w1 … w8, b1, b2)</translation>
    </message>
    <message>
        <source>Show weights on the edges</source>
        <translation>연결선에 가중치 표시</translation>
    </message>
    <message>
        <source>Loss on a logarithmic axis</source>
        <translation>손실을 로그 축으로 표시</translation>
    </message>
    <message>
        <source>Grid lines on the loss plot</source>
        <translation>손실 그래프에 격자선 표시</translation>
    </message>
    <message>
        <source>Start with the last lesson opened</source>
        <translation>마지막으로 연 레슨으로 시작</translation>
    </message>
    <message>
        <source>Play speed</source>
        <translation>재생 속도</translation>
    </message>
    <message>
        <source>the lesson's own</source>
        <translation>레슨의 원래 언어</translation>
    </message>
    <message>
        <source>Lesson language</source>
        <translation>레슨 언어</translation>
    </message>
</context>
<context>
    <name>SampleSelector</name>
    <message>
        <source>Run the passes on one training sample, or on the whole batch (the diagram then shows the mean over the samples)</source>
        <translation>패스를 훈련 샘플 하나에, 또는 배치 전체에 실행합니다 (배치 전체이면 다이어그램이 샘플들의 평균을 보여 줍니다)</translation>
    </message>
    <message>
        <source>sample {number}: {inputs} → {targets}</source>
        <translation>샘플 {number}: {inputs} → {targets}</translation>
    </message>
    <message>
        <source>the one sample</source>
        <translation>하나뿐인 샘플</translation>
    </message>
    <message>
        <source>all {count} samples (one batch)</source>
        <translation>샘플 {count}개 전체 (배치 하나)</translation>
    </message>
    <message>
        <source>the next sample in turn</source>
        <translation>차례대로 다음 샘플</translation>
    </message>
    <message>
        <source>the next batch of {count}</source>
        <translation>다음 배치 ({count}개)</translation>
    </message>
</context>
<context>
    <name>SampleView</name>
    <message>
        <source>output</source>
        <translation>출력</translation>
    </message>
    <message>
        <source>test sample {n}</source>
        <translation>테스트 샘플 {n}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;: predicted &lt;b&gt;{p}&lt;/b&gt; (output {v:.3g})</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;: 예측 &lt;b&gt;{p}&lt;/b&gt; (출력 {v:.3g})</translation>
    </message>
    <message>
        <source>, target {t} {verdict}</source>
        <translation>, 목표값 {t} {verdict}</translation>
    </message>
    <message>
        <source> &amp;nbsp; &lt;span style="color:{c}"&gt;▭&lt;/span&gt; target</source>
        <translation> &amp;nbsp; &lt;span style="color:{c}"&gt;▭&lt;/span&gt; 목표값</translation>
    </message>
</context>
<context>
    <name>SamplesModel</name>
    <message>
        <source>This sample's loss E_s with the weights shown (the batch loss is their mean)</source>
        <translation>표시된 가중치에서 이 샘플의 손실 E_s (배치 손실은 이들의 평균)</translation>
    </message>
    <message>
        <source>Whether the network classifies this sample right (✓) or wrong (✗)</source>
        <translation>네트워크가 이 샘플을 맞게 (✓) 또는 틀리게 (✗) 분류하는지</translation>
    </message>
    <message>
        <source>test {number}</source>
        <translation>테스트 {number}</translation>
    </message>
    <message>
        <source>right?</source>
        <translation>정답?</translation>
    </message>
    <message>
        <source>input</source>
        <translation>입력</translation>
    </message>
    <message>
        <source>target</source>
        <translation>목표값</translation>
    </message>
    <message>
        <source>output</source>
        <translation>출력</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <source>Sample {name}: held out to test on; never trained on</source>
        <translation>샘플 {name}: 테스트용으로 떼어 둠, 학습에 쓰지 않음</translation>
    </message>
    <message>
        <source>Sample {name}</source>
        <translation>샘플 {name}</translation>
    </message>
    <message>
        <source>What output node {name} gives now (read only)</source>
        <translation>출력 노드 {name}의 현재 값 (읽기 전용)</translation>
    </message>
    <message>
        <source>The value of input node {name}</source>
        <translation>입력 노드 {name}의 값</translation>
    </message>
    <message>
        <source>The value output node {name} should give (its target)</source>
        <translation>출력 노드 {name}이(가) 내야 하는 값 (목표값)</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>Not changed: {reason}.</source>
        <translation>변경하지 않았습니다: {reason}.</translation>
    </message>
</context>
<context>
    <name>SplitChooser</name>
    <message>
        <source>Which samples to judge: held-out test samples or training ones</source>
        <translation>판정할 샘플: 따로 떼어 둔 테스트 샘플 또는 훈련 샘플</translation>
    </message>
    <message>
        <source>test samples</source>
        <translation>테스트 샘플</translation>
    </message>
    <message>
        <source>training samples</source>
        <translation>훈련 샘플</translation>
    </message>
</context>
<context>
    <name>TimeTravelBar</name>
    <message>
        <source>Drag back to see the network as it was at an earlier epoch; stepping, playing or editing from there starts a new branch</source>
        <translation>뒤로 끌어 이전 에포크의 네트워크를 봅니다. 거기서 스텝 실행, 재생, 편집을 하면 새 갈래가 시작됩니다</translation>
    </message>
    <message>
        <source>No earlier epochs recorded in this run yet: train, and each epoch is kept here. Changing the network's shape, loss, activation or data starts a new run.</source>
        <translation>이번 실행에는 아직 기록된 이전 에포크가 없습니다. 학습하면 에포크마다 여기에 기록됩니다. 네트워크의 구조, 손실, 활성화 함수, 데이터를 바꾸면 새 실행이 시작됩니다.</translation>
    </message>
    <message>
        <source>history</source>
        <translation>기록</translation>
    </message>
    <message>
        <source>Back to now</source>
        <translation>현재로 돌아가기</translation>
    </message>
    <message>
        <source>now · 1 record kept</source>
        <translation>현재 · 기록 1개 보관</translation>
    </message>
    <message>
        <source>now · {count} records kept</source>
        <translation>현재 · 기록 {count}개 보관</translation>
    </message>
    <message>
        <source>epoch {epoch} of {last}</source>
        <translation>에포크 {epoch} / {last}</translation>
    </message>
    <message>
        <source>epoch {epoch} of {last} · loss {loss:.4g}</source>
        <translation>에포크 {epoch} / {last} · 손실 {loss:.4g}</translation>
    </message>
</context>
<context>
    <name>TrainingControls</name>
    <message>
        <source>How many samples one forward pass takes and one update averages over. 'whole batch': all of them at once; 1: one sample at a time.</source>
        <translation>순전파 한 번에 쓰고 업데이트 한 번에 평균하는 샘플 수입니다. '전체 배치': 모든 샘플을 한꺼번에, 1: 한 번에 샘플 하나씩.</translation>
    </message>
    <message>
        <source>Rosenblatt's perceptron rule learns from one sample at a time.</source>
        <translation>Rosenblatt의 퍼셉트론 규칙은 한 번에 샘플 하나씩 학습합니다.</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>whole batch</source>
        <translation>전체 배치</translation>
    </message>
    <message>
        <source>shuffle every epoch</source>
        <translation>에포크마다 섞기</translation>
    </message>
    <message>
        <source>Take the samples in a new random order in every epoch, instead of always in the order of the data set.</source>
        <translation>데이터셋 순서를 그대로 따르지 않고, 에포크마다 새로운 무작위 순서로 샘플을 가져옵니다.</translation>
    </message>
    <message>
        <source>How many times training goes through all the samples.</source>
        <translation>학습이 모든 샘플을 몇 번 거치는지입니다.</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>배치 크기</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>에포크</translation>
    </message>
    <message>
        <source>train biases</source>
        <translation>편향 학습</translation>
    </message>
    <message>
        <source>layer {column} (output)</source>
        <translation>{column}층 (출력)</translation>
    </message>
    <message>
        <source>layer {column} (hidden)</source>
        <translation>{column}층 (은닉)</translation>
    </message>
    <message>
        <source>On: the update step changes the biases of layer {column} too. Off: they keep their values.</source>
        <translation>켜면: 업데이트 스텝이 {column}층의 편향도 바꿉니다. 끄면: 편향이 값을 유지합니다.</translation>
    </message>
</context>
<context>
    <name>WeightControls</name>
    <message>
        <source>Keras' default: U(−limit, limit) with limit = √(6 / (n_in + n_out)).</source>
        <translation>Keras의 기본값: U(−limit, limit), limit = √(6 / (n_in + n_out)).</translation>
    </message>
    <message>
        <source>U(−limit, limit) with limit = √(6 / n_in), suited to ReLU layers.</source>
        <translation>U(−limit, limit), limit = √(6 / n_in). ReLU 층에 알맞습니다.</translation>
    </message>
    <message>
        <source>U(low, high); Keras' RandomUniform defaults.</source>
        <translation>U(low, high); Keras RandomUniform의 기본값.</translation>
    </message>
    <message>
        <source>N(mean, stddev²); Keras' RandomNormal defaults (the notes' MNIST draws N(0, 0.1²)).</source>
        <translation>N(mean, stddev²); Keras RandomNormal의 기본값 (노트의 MNIST는 N(0, 0.1²)에서 뽑습니다).</translation>
    </message>
    <message>
        <source>What the notes' NumPy code draws: ``np.random.seed(seed)``, then ``scale ·</source>
        <translation>노트의 NumPy 코드가 뽑는 방식: ``np.random.seed(seed)``, 그다음 ``scale ·</translation>
    </message>
    <message>
        <source>All weights 0 (every hidden node then learns the same thing: a lesson in itself).</source>
        <translation>모든 가중치 0 (그러면 모든 은닉 노드가 같은 것을 학습합니다: 그 자체로 하나의 교훈).</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>가중치</translation>
    </message>
    <message>
        <source>How 'Randomise weights' draws each weight.</source>
        <translation>'가중치 무작위 초기화'가 각 가중치를 뽑는 방법입니다.</translation>
    </message>
    <message>
        <source>The random seed for 'Randomise weights': the same seed draws the same weights every time.</source>
        <translation>'가중치 무작위 초기화'의 난수 시드입니다. 같은 시드는 언제나 같은 가중치를 뽑습니다.</translation>
    </message>
    <message>
        <source>Randomise weights</source>
        <translation>가중치 무작위 초기화</translation>
    </message>
    <message>
        <source>Draw every weight afresh with this initialiser and seed; biases become 0. Undo brings the old weights back.</source>
        <translation>이 초기화 방법과 시드로 모든 가중치를 새로 뽑습니다. 편향은 0이 됩니다. 실행 취소하면 이전 가중치로 돌아갑니다.</translation>
    </message>
    <message>
        <source>Reset to initial</source>
        <translation>처음 값으로 초기화</translation>
    </message>
    <message>
        <source>Go back to the weights and biases the network was opened with.</source>
        <translation>네트워크를 열었을 때의 가중치와 편향으로 돌아갑니다.</translation>
    </message>
    <message>
        <source>initialiser</source>
        <translation>초기화 방법</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>시드</translation>
    </message>
</context>
<context>
    <name>figure_export</name>
    <message>
        <source>Network diagram</source>
        <translation>네트워크 다이어그램</translation>
    </message>
    <message>
        <source>Could not write {path}.</source>
        <translation>{path}에 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>Drawn by Neural Network Playground</source>
        <translation>Neural Network Playground에서 그림</translation>
    </message>
    <message>
        <source>Name the file .svg or .png (not “{name}”).</source>
        <translation>파일 이름을 .svg나 .png로 지정하세요 (“{name}”은(는) 안 됩니다).</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG 이미지 (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>Export {title}</source>
        <translation>{title} 내보내기</translation>
    </message>
    <message>
        <source>Export figure</source>
        <translation>그림 내보내기</translation>
    </message>
    <message>
        <source>Export figure…</source>
        <translation>그림 내보내기…</translation>
    </message>
    <message>
        <source>Save this figure as SVG or PNG, for a lab report</source>
        <translation>실습 보고서에 쓸 수 있도록 이 그림을 SVG나 PNG로 저장합니다</translation>
    </message>
    <message>
        <source>E&amp;xport Figure</source>
        <translation>그림 내보내기(&amp;X)</translation>
    </message>
    <message>
        <source>{title}…</source>
        <translation>{title}…</translation>
    </message>
    <message>
        <source>Save it as SVG or PNG (the file name's suffix decides)</source>
        <translation>SVG나 PNG로 저장합니다 (파일 이름의 확장자로 정해집니다)</translation>
    </message>
</context>
<context>
    <name>figures</name>
    <message>
        <source>&amp;Activation gallery…</source>
        <translation>활성화 함수 모음(&amp;A)…</translation>
    </message>
    <message>
        <source>Every activation of the engine and its derivative, and the notes' comparison plots</source>
        <translation>엔진의 모든 활성화 함수와 그 도함수, 그리고 강의 노트의 비교 그래프</translation>
    </message>
    <message>
        <source>Error &amp;surface…</source>
        <translation>오차 곡면(&amp;S)…</translation>
    </message>
    <message>
        <source>The loss over two parameters in 3-D and as contours, with the path training took</source>
        <translation>두 매개변수에 대한 손실을 3차원과 등고선으로, 학습이 지나온 경로와 함께 보여 줍니다</translation>
    </message>
    <message>
        <source>&amp;Computational graph…</source>
        <translation>계산 그래프(&amp;C)…</translation>
    </message>
    <message>
        <source>The selected weight or bias on the notes' computational graph: forward values above every edge, gradients below</source>
        <translation>선택한 가중치나 편향을 강의 노트의 계산 그래프로: 각 연결선 위에 순전파 값, 아래에 기울기</translation>
    </message>
</context>
<context>
    <name>interactions</name>
    <message>
        <source>weight</source>
        <translation>가중치</translation>
    </message>
    <message>
        <source>bias</source>
        <translation>편향</translation>
    </message>
    <message>
        <source>label</source>
        <translation>이름표</translation>
    </message>
    <message>
        <source>Remove {count} nodes</source>
        <translation>노드 {count}개 제거</translation>
    </message>
    <message>
        <source>Disconnect {count} edges</source>
        <translation>연결선 {count}개 끊기</translation>
    </message>
</context>
<context>
    <name>open_data</name>
    <message>
        <source>Data files (*.npz *.csv *-ubyte *-ubyte.gz)</source>
        <translation>데이터 파일 (*.npz *.csv *-ubyte *-ubyte.gz)</translation>
    </message>
    <message>
        <source>NumPy archives (*.npz)</source>
        <translation>NumPy 아카이브 (*.npz)</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>CSV 표 (*.csv)</translation>
    </message>
    <message>
        <source>idx files (*-ubyte)</source>
        <translation>idx 파일 (*-ubyte)</translation>
    </message>
    <message>
        <source>idx files, gzip (*-ubyte.gz)</source>
        <translation>idx 파일, gzip (*-ubyte.gz)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <source>Open data</source>
        <translation>데이터 열기</translation>
    </message>
    <message>
        <source>{file}: the playground reads .npz, .csv and idx files (such as train-images-idx3-ubyte.gz), not this one</source>
        <translation>{file}: 플레이그라운드는 .npz, .csv, idx 파일(train-images-idx3-ubyte.gz 등)을 읽으며, 이 파일은 읽지 않습니다</translation>
    </message>
    <message>
        <source>{file}: an idx file needs both images and labels, named as MNIST's (train-images-idx3-ubyte and train-labels-idx1-ubyte, plain or .gz) in one folder</source>
        <translation>{file}: idx 파일은 이미지와 레이블이 모두 필요하며, MNIST처럼 이름 붙인 두 파일(train-images-idx3-ubyte와 train-labels-idx1-ubyte, 그대로 또는 .gz)이 한 폴더에 있어야 합니다</translation>
    </message>
</context>
<context>
    <name>pairing</name>
    <message>
        <source>Change the loss too?</source>
        <translation>손실도 바꿀까요?</translation>
    </message>
    <message>
        <source>A {activation} output layer trains with the {loss} loss, not {current}. Change the output to {activation} and the loss to {loss}, as one step (Ctrl+Z undoes both)?</source>
        <translation>{activation} 출력층은 {current}이(가) 아니라 {loss} 손실로 학습합니다. 출력을 {activation}(으)로, 손실을 {loss}(으)로 한 번에 바꿀까요 (Ctrl+Z로 둘 다 되돌립니다)?</translation>
    </message>
    <message>
        <source>Change the output activation too?</source>
        <translation>출력 활성화 함수도 바꿀까요?</translation>
    </message>
    <message>
        <source>The {loss} loss needs a {activation} output layer, not {current}. Change both, as one step (Ctrl+Z undoes both)?</source>
        <translation>{loss} 손실에는 {current}이(가) 아니라 {activation} 출력층이 필요합니다. 둘 다 한 번에 바꿀까요 (Ctrl+Z로 둘 다 되돌립니다)?</translation>
    </message>
</context>
</TS>