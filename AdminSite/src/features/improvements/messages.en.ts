export default {
  heading: 'Improvement actions',
  hint: 'Opened when an item of the annual survey falls below its target or a month goes above a control limit. Each is owned by the department concerned; they are not complaints and are not counted as such.',
  openOnly: 'Open actions only',
  failed: 'The improvement actions could not be loaded.',
  count: 'No improvement actions | One improvement action | {count} improvement actions',
  empty: 'There are no improvement actions.',
  number: 'Case',
  department: 'Department',
  stage: 'Stage',
  opened: 'Opened',
  origin: 'Opened by',
};
